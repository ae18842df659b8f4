import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ApplicationSummaryDto, AssignmentPlanDto, EvaluatorOptionDto } from '@skema/contracts';
import { NoticeComponent } from '../../../shared/notice/notice.component';

/**
 * What the automatic plan did: how many assignments it made, what it could not do (an application
 * short of evaluators, a kept assignment that now breaks the rule) and how even the load is.
 */
@Component({
  selector: 'sk-auto-assign-result',
  imports: [NoticeComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluationManagement.assignments.plan'">
      <sk-notice [kind]="plan().problems.length ? 'warning' : 'success'">
        <p>{{ t('created', { count: plan().created }) }}</p>
        <p>{{ t('spread', { spread: plan().loadSpread }) }}</p>
        @if (plan().problems.length) {
          <p>{{ t('problems', { count: plan().problems.length }) }}</p>
          <ul>
            @for (problem of plan().problems; track $index) {
              <li>
                @if (problem.kind === 'not_enough_evaluators') {
                  {{
                    t('notEnough', {
                      reference: reference(problem.applicationId),
                      assigned: problem.assigned,
                      required: problem.required,
                      own: problem.excluded.own_organisation,
                      conflict: problem.excluded.conflict,
                    })
                  }}
                } @else {
                  {{
                    t('ineligible.' + problem.reason, {
                      reference: reference(problem.applicationId),
                      evaluator: evaluator(problem.evaluatorId),
                    })
                  }}
                }
              </li>
            }
          </ul>
        }
      </sk-notice>
      @if (loads().length) {
        <table class="loads">
          <caption>
            {{
              t('loadsCaption')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('evaluator') }}</th>
              <th scope="col" class="number">{{ t('load') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (load of loads(); track load.evaluatorId) {
              <tr>
                <th scope="row">{{ load.name }}</th>
                <td class="number">{{ load.load }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </ng-container>
  `,
  styles: `
    ul {
      margin: 4px 0 0;
      padding-inline-start: 20px;
    }
    .loads {
      border-collapse: collapse;
      margin-bottom: 16px;
      min-width: 16rem;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-bottom: 4px;
    }
    th,
    td {
      padding: 4px 12px 4px 0;
      text-align: start;
      font-weight: normal;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font-weight: 600;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class AutoAssignResultComponent {
  readonly plan = input.required<AssignmentPlanDto>();
  readonly evaluators = input.required<readonly EvaluatorOptionDto[]>();
  readonly applications = input.required<readonly ApplicationSummaryDto[]>();

  private readonly names = computed(() => new Map(this.evaluators().map((e) => [e.id, e.displayName])));
  private readonly references = computed(() => new Map(this.applications().map((a) => [a.id, a.reference])));
  protected readonly loads = computed(() =>
    [...this.plan().loads]
      .map((load) => ({ ...load, name: this.evaluator(load.evaluatorId) }))
      .sort((a, b) => b.load - a.load || a.name.localeCompare(b.name)),
  );

  protected reference(applicationId: string): string {
    return this.references().get(applicationId) ?? applicationId.slice(0, 8);
  }

  protected evaluator(evaluatorId: string): string {
    return this.names().get(evaluatorId) ?? evaluatorId.slice(0, 8);
  }
}
