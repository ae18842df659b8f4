import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CallAmendableField, CallAmendmentDto } from '@skema/contracts';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkLocalizedPipe } from './localized.pipe';

const FIELDS: readonly CallAmendableField[] = ['deadline', 'lots', 'grid', 'title', 'text'];

interface AmendmentView {
  readonly id: string;
  readonly amendedAt: string;
  readonly reason: CallAmendmentDto['reason'];
  readonly fields: readonly CallAmendableField[];
  /** Both ends of a deadline change, the one change an applicant must not miss. */
  readonly deadline: { readonly before: string; readonly after: string } | null;
}

function deadlineChange(amendment: CallAmendmentDto): AmendmentView['deadline'] {
  const change = amendment.changes.deadline;
  return change && typeof change.before === 'string' && typeof change.after === 'string'
    ? { before: change.before, after: change.after }
    : null;
}

/** The call's published amendments, newest first: when, why, and which parts changed. */
@Component({
  selector: 'sk-call-amendments',
  imports: [SkDatePipe, SkLocalizedPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section *transloco="let t; prefix: 'calls'" aria-labelledby="call-amendments-title">
      <h2 id="call-amendments-title" class="sk-section-title">{{ t('amendments.title') }}</h2>
      @for (amendment of views(); track amendment.id) {
        <article class="amendment">
          <h3 class="amendment__date">{{ t('tiranaTime', { time: amendment.amendedAt | skDate: 'dateTime' }) }}</h3>
          <p>{{ amendment.reason | skLocalized }}</p>
          <p class="amendment__fields">{{ t('amendments.changed', { fields: fieldList(amendment.fields, t) }) }}</p>
          @if (amendment.deadline; as deadline) {
            <p>
              {{
                t('amendments.deadlineChange', {
                  before: deadline.before | skDate: 'dateTime',
                  after: deadline.after | skDate: 'dateTime',
                })
              }}
            </p>
          }
        </article>
      } @empty {
        <p>{{ t('amendments.none') }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .amendment {
      max-width: 48rem;
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .amendment p {
      margin: 4px 0 0;
    }
    .amendment__date {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .amendment__fields {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CallAmendmentsComponent {
  readonly amendments = input.required<readonly CallAmendmentDto[]>();

  protected readonly views = computed<AmendmentView[]>(() =>
    [...this.amendments()].reverse().map((amendment) => ({
      id: amendment.id,
      amendedAt: amendment.amendedAt,
      reason: amendment.reason,
      fields: FIELDS.filter((field) => field in amendment.changes),
      deadline: deadlineChange(amendment),
    })),
  );

  protected fieldList(fields: readonly CallAmendableField[], t: (key: string) => string): string {
    return fields.map((field) => t(`amendments.fields.${field}`)).join(', ');
  }
}
