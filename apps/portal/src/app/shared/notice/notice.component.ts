import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

export type NoticeKind = 'error' | 'success' | 'info' | 'warning';

const ICONS: Readonly<Record<NoticeKind, string>> = {
  error: 'error',
  success: 'check_circle',
  info: 'info',
  warning: 'warning',
};

/**
 * A message in the page's flow: the outcome of a form, a reason, a next step. Errors are alerts (read
 * out at once); the rest are status messages, read when the reader is free.
 */
@Component({
  selector: 'sk-notice',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'sk-notice',
    '[class]': '"sk-notice sk-notice--" + kind()',
    '[attr.role]': 'role()',
  },
  template: `
    <mat-icon class="sk-notice__icon" aria-hidden="true">{{ icon() }}</mat-icon>
    <div class="sk-notice__body"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      font: var(--mat-sys-body-medium);
    }
    :host(.sk-notice--error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.sk-notice--success) {
      background: var(--sk-success-container);
      color: var(--sk-on-success-container);
    }
    :host(.sk-notice--info),
    :host(.sk-notice--warning) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .sk-notice__icon {
      flex: none;
    }
    .sk-notice__body {
      flex: 1;
      min-width: 0;
      align-self: center;
    }
    .sk-notice__body ::ng-deep p {
      margin: 0;
    }
    .sk-notice__body ::ng-deep p + p {
      margin-top: 4px;
    }
  `,
})
export class NoticeComponent {
  readonly kind = input<NoticeKind>('info');
  protected readonly icon = computed(() => ICONS[this.kind()]);
  protected readonly role = computed(() => (this.kind() === 'error' ? 'alert' : 'status'));
}
