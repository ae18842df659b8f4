import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';

/**
 * Indeterminate progress with its reason in words. The bar is decorative; the text sits in a status
 * region so a screen reader hears what is happening without the focus moving.
 */
@Component({
  selector: 'sk-loading-indicator',
  imports: [MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'aria-live': 'polite' },
  template: `
    <mat-progress-bar mode="indeterminate" aria-hidden="true" />
    <p class="sk-loading__label">{{ label() }}</p>
  `,
  styles: `
    :host {
      display: block;
      padding: 24px 0;
    }
    .sk-loading__label {
      margin: 12px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LoadingIndicatorComponent {
  readonly label = input.required<string>();
}
