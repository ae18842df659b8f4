import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ApplicationStatus } from '@skema/contracts';

/** How a status reads at a glance; the word is always shown too, so colour is never the only cue. */
type StatusTone = 'neutral' | 'progress' | 'success' | 'warning' | 'closed';

const TONES: Readonly<Record<ApplicationStatus, StatusTone>> = {
  draft: 'neutral',
  submitted: 'progress',
  eligible: 'progress',
  in_evaluation: 'progress',
  evaluated: 'progress',
  reserve: 'warning',
  selected: 'success',
  contracted: 'success',
  withdrawn: 'closed',
  ineligible: 'closed',
  rejected: 'closed',
};

/** An application's status as a small labelled chip, in the person's language. */
@Component({
  selector: 'sk-application-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-tone]': 'tone()' },
  template: `<ng-container *transloco="let t; prefix: 'applications'">{{ t('statuses.' + status()) }}</ng-container>`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      border: 1px solid transparent;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline-variant);
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
    :host([data-tone='closed']) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
  `,
})
export class ApplicationStatusComponent {
  readonly status = input.required<ApplicationStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
