import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barPercent } from './grant-figures';

/**
 * A thin bar of an amount against its whole (paid of the award, spent of a budget line), optionally
 * with a second, lighter amount behind it (committed). Decoration only: the numbers are always
 * written beside it, so it is hidden from screen readers.
 */
@Component({
  selector: 'sk-money-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[attr.data-over]': 'over() || null' },
  template: `
    @if (behind() > 0) {
      <span class="fill fill--behind" [style.width.%]="behind()"></span>
    }
    <span class="fill" [style.width.%]="percent()"></span>
  `,
  styles: `
    :host {
      position: relative;
      display: block;
      min-width: 4rem;
      height: 8px;
      overflow: hidden;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
    }
    .fill {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .fill--behind {
      background: var(--mat-sys-primary-fixed-dim, var(--mat-sys-secondary-container));
    }
    :host([data-over]) .fill {
      background: var(--mat-sys-error);
    }
  `,
})
export class MoneyBarComponent {
  /** Cents drawn in full colour. */
  readonly value = input.required<number>();
  /** The whole the bar stands for, in cents. */
  readonly total = input.required<number>();
  /** Cents drawn lighter behind `value` (e.g. committed behind paid). */
  readonly secondary = input(0);

  protected readonly percent = computed(() => barPercent(this.value(), this.total()));
  protected readonly behind = computed(() => barPercent(this.secondary(), this.total()));
  /** More than the whole (a line overspent): drawn full, in the error colour. */
  protected readonly over = computed(() => this.value() > this.total() && this.total() > 0);
}
