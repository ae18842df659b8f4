import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { Declaration } from '@skema/contracts';
import { SheetState } from './evaluations-query';

type Tone = 'todo' | 'progress' | 'done' | 'closed';

const TONES: Readonly<Record<Declaration | SheetState, Tone>> = {
  pending: 'todo',
  signed: 'done',
  conflict: 'closed',
  not_started: 'todo',
  draft: 'progress',
  submitted: 'done',
};

/** A declaration's or a score sheet's state as a small chip; the word is always there, colour only helps. */
@Component({
  selector: 'sk-evaluation-state',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-tone]': 'tone()' },
  template: `<ng-container *transloco="let t; prefix: 'evaluations.states'">{{
    t(kind() + '.' + state())
  }}</ng-container>`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    :host([data-tone='progress']) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: transparent;
    }
    :host([data-tone='done']) {
      background: var(--sk-success-container);
      color: var(--sk-on-success-container);
      border-color: transparent;
    }
    :host([data-tone='closed']) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
  `,
})
export class EvaluationStateComponent {
  readonly kind = input.required<'declaration' | 'sheet'>();
  readonly state = input.required<Declaration | SheetState>();
  protected readonly tone = computed(() => TONES[this.state()]);
}
