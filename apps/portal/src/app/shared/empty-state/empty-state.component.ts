import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/**
 * A page with nothing to list yet: an icon, a heading that says so, and what will change that.
 * Actions (a link onwards, a retry) are projected.
 */
@Component({
  selector: 'sk-empty-state',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'sk-empty-state' },
  template: `
    <mat-icon class="sk-empty-state__icon" aria-hidden="true">{{ icon() }}</mat-icon>
    @if (headingLevel() === 1) {
      <h1 class="sk-empty-state__title">{{ title() }}</h1>
    } @else {
      <h2 class="sk-empty-state__title">{{ title() }}</h2>
    }
    @if (message()) {
      <p class="sk-empty-state__message">{{ message() }}</p>
    }
    <div class="sk-empty-state__actions"><ng-content /></div>
  `,
  styleUrl: './empty-state.component.scss',
})
export class EmptyStateComponent {
  /** A Material Icons ligature name. */
  readonly icon = input.required<string>();
  readonly title = input.required<string>();
  readonly message = input<string>();
  /** 2 below a page heading; 1 when the empty state is the whole page (e.g. not found). */
  readonly headingLevel = input<1 | 2>(2);
}
