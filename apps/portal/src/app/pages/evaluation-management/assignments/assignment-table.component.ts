import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Declaration, EvaluationAssignmentDto } from '@skema/contracts';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { type ChipTone, StateChipComponent } from '../state-chip.component';

const DECLARATION_TONES: Readonly<Record<Declaration, ChipTone>> = {
  pending: 'progress',
  signed: 'success',
  conflict: 'danger',
};

/**
 * Every assignment of the call: application, evaluator, the declaration's state and a declared
 * conflict's reason. A conflict stays as the record (the API keeps it), so only the others can be removed.
 */
@Component({
  selector: 'sk-assignment-table',
  imports: [MatIcon, MatIconButton, MatTooltip, RouterLink, SkDatePipe, StateChipComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="table-scroll"
      role="region"
      tabindex="0"
      *transloco="let t; prefix: 'evaluationManagement.assignments'"
      [attr.aria-label]="t('tableCaption')"
    >
      <table class="sk-table">
        <caption class="sk-visually-hidden">
          {{
            t('tableCaption')
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ t('columns.application') }}</th>
            <th scope="col">{{ t('columns.evaluator') }}</th>
            <th scope="col">{{ t('columns.declaration') }}</th>
            <th scope="col">{{ t('columns.conflictReason') }}</th>
            <th scope="col">{{ t('columns.assignedAt') }}</th>
            <th scope="col">
              <span class="sk-visually-hidden">{{ t('columns.actions') }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (assignment of sorted(); track assignment.id) {
            <tr>
              <td>
                <a [routerLink]="['/applications', assignment.applicationId]">{{
                  assignment.applicationReference ?? '—'
                }}</a>
              </td>
              <td>{{ assignment.evaluatorName }}</td>
              <td>
                <sk-state-chip
                  [label]="t('declarations.' + assignment.declaration)"
                  [tone]="tones[assignment.declaration]"
                />
              </td>
              <td class="reason">{{ assignment.conflictReason ?? '' }}</td>
              <td>{{ assignment.assignedAt | skDate: 'dateTime' }}</td>
              <td>
                @if (assignment.declaration !== 'conflict') {
                  <button
                    mat-icon-button
                    type="button"
                    [disabled]="busyId() === assignment.id"
                    [matTooltip]="t('remove')"
                    [attr.aria-label]="
                      t('removeOf', {
                        evaluator: assignment.evaluatorName,
                        reference: assignment.applicationReference ?? '—',
                      })
                    "
                    (click)="remove.emit(assignment)"
                  >
                    <mat-icon aria-hidden="true">person_remove</mat-icon>
                  </button>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td class="empty" colspan="6">{{ t('none') }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
    }
    .reason {
      min-width: 12rem;
      max-width: 24rem;
    }
    .empty {
      padding: 24px 16px;
      text-align: center;
    }
  `,
})
export class AssignmentTableComponent {
  readonly assignments = input.required<readonly EvaluationAssignmentDto[]>();
  /** The assignment being removed, whose button waits. */
  readonly busyId = input<string | null>(null);
  readonly remove = output<EvaluationAssignmentDto>();

  protected readonly tones = DECLARATION_TONES;
  protected readonly sorted = computed(() =>
    [...this.assignments()].sort(
      (a, b) =>
        (a.applicationReference ?? '').localeCompare(b.applicationReference ?? '') ||
        a.evaluatorName.localeCompare(b.evaluatorName),
    ),
  );
}
