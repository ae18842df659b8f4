import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { GrantBudgetLineDto, GrantReportDto } from '@skema/contracts';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { budgetLineName } from '../grant-figures';
import { NARRATIVE_SECTIONS } from './report-form';

/**
 * A report as submitted (or as the grantee left it): the narrative section by section and the
 * expenditure per budget line with its total. What staff read, and the grantee once it is submitted.
 */
@Component({
  selector: 'sk-report-view',
  imports: [SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'grant.reports'">
      <h4 class="subtitle">{{ t('narrativeTitle') }}</h4>
      <dl class="narrative">
        @for (section of narrative(); track section.key) {
          <div>
            <dt>{{ section.known ? t('narrative.' + section.key) : section.key }}</dt>
            <dd>{{ section.text || t('noText') }}</dd>
          </div>
        }
      </dl>
      <h4 class="subtitle">{{ t('expenditureTitle') }}</h4>
      <table class="expenditure">
        <caption class="sk-visually-hidden">
          {{
            t('expenditureCaption')
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ t('columns.line') }}</th>
            <th scope="col" class="number">{{ t('columns.spent') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of expenditure(); track line.lineKey) {
            <tr>
              <th scope="row">{{ line.name ?? t('unknownLine', { key: line.lineKey }) }}</th>
              <td class="number">{{ line.spentCents | skMoney }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{{ t('total') }}</th>
            <td class="number">{{ report().spentCents | skMoney }}</td>
          </tr>
        </tfoot>
      </table>
    </ng-container>
  `,
  styles: `
    .subtitle {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-small);
    }
    .narrative {
      display: grid;
      gap: 12px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    dd {
      margin: 4px 0 0;
      white-space: pre-line;
    }
    table {
      width: 100%;
      max-width: 48rem;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 10px;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    tbody th {
      font-weight: normal;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-bottom: none;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
})
export class ReportViewComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly dictionary = toSignal(this.transloco.selectTranslation());

  readonly report = input.required<GrantReportDto>();
  readonly budget = input.required<readonly GrantBudgetLineDto[]>();

  /** The form's sections first, in its order, then any other the report has (kept, never hidden). */
  protected readonly narrative = computed(() => {
    const narrative = this.report().narrative;
    const known: readonly string[] = NARRATIVE_SECTIONS;
    const others = Object.keys(narrative).filter((key) => !known.includes(key));
    return [...known, ...others].map((key) => ({ key, known: known.includes(key), text: narrative[key] ?? '' }));
  });

  protected readonly expenditure = computed(() => {
    this.dictionary();
    const translate = (key: string) => this.transloco.translate(key);
    const lines = new Map(this.budget().map((line) => [line.key, line]));
    return this.report().expenditure.map((spent) => {
      const line = lines.get(spent.lineKey);
      return { ...spent, name: line ? budgetLineName(line, translate) : null };
    });
  });
}
