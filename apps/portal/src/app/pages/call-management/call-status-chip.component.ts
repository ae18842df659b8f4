import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CallStatus } from '@skema/contracts';

const ICONS: Readonly<Record<CallStatus, string>> = {
  draft: 'edit_note',
  published: 'campaign',
  closed: 'lock',
  in_evaluation: 'fact_check',
  awarded: 'emoji_events',
  archived: 'inventory_2',
};

/** A call's state in words, with an icon and a colour that only repeat what the words say. */
@Component({
  selector: 'sk-call-status-chip',
  imports: [MatIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"chip chip--" + status()' },
  template: `
    <ng-container *transloco="let t; prefix: 'callManagement'">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>{{ t('status.' + status()) }}
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    :host(.chip--published) {
      background: var(--sk-success-container);
      color: var(--sk-on-success-container);
    }
    :host(.chip--draft) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class CallStatusChipComponent {
  readonly status = input.required<CallStatus>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
