import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '../empty-state/empty-state.component';

/**
 * Shown in place of content that failed to load. It is an alert so a screen reader announces the
 * failure the moment it replaces the loading indicator, and it always offers a way to try again.
 */
@Component({
  selector: 'sk-error-state',
  imports: [EmptyStateComponent, MatButton, MatIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert' },
  template: `
    <sk-empty-state class="sk-error-state" icon="cloud_off" [title]="title()" [message]="message()">
      <button mat-flat-button type="button" (click)="retry.emit()" *transloco="let t">
        <mat-icon aria-hidden="true">refresh</mat-icon>
        {{ t('common.retry') }}
      </button>
    </sk-empty-state>
  `,
  styles: `
    :host {
      display: block;
    }
    .sk-error-state {
      --sk-empty-state-icon-color: var(--mat-sys-error);
    }
  `,
})
export class ErrorStateComponent {
  readonly title = input.required<string>();
  readonly message = input.required<string>();
  readonly retry = output<void>();
}
