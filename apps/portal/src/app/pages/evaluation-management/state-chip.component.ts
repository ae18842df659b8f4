import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

export type ChipTone = 'neutral' | 'progress' | 'success' | 'warning' | 'danger';

/**
 * A state in words (an outcome, a declaration, a consolidation), with an icon and a colour that only
 * repeat what the words say, so colour is never the only cue.
 */
@Component({
  selector: 'sk-state-chip',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-tone]': 'tone()' },
  template: `
    @if (icon()) {
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    }
    {{ label() }}
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
    :host([data-tone='progress']) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: transparent;
    }
    :host([data-tone='success']) {
      background: var(--sk-success-container);
      color: var(--sk-on-success-container);
      border-color: transparent;
    }
    :host([data-tone='warning']) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-color: transparent;
    }
    :host([data-tone='danger']) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
  `,
})
export class StateChipComponent {
  readonly label = input.required<string>();
  readonly tone = input<ChipTone>('neutral');
  /** A Material Icons ligature, decorative. */
  readonly icon = input<string>('');
}
