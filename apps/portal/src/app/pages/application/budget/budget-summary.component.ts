import { formatPercent } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { BUDGET_CATEGORIES, BudgetProblem, GrantLimits } from '@skema/domain';
import { LanguageService } from '../../../core/i18n/language.service';
import { formatMoney } from '../../../core/i18n/locale-format';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { BudgetFigures } from './budget-figures';

/** A budget problem as the summary says it: a translation key and its already formatted values. */
export interface ProblemMessage {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The budget's derived figures next to the call's limits, and what stands outside them. The list of
 * problems is a polite live region, so a screen reader hears a limit crossed while typing.
 */
@Component({
  selector: 'sk-budget-summary',
  imports: [MatIcon, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="summary" aria-labelledby="budget-summary-title" *transloco="let t; prefix: 'application.budget'">
      <h3 id="budget-summary-title" class="sk-section-title">{{ t('summaryTitle') }}</h3>
      <dl class="figures">
        <div>
          <dt>{{ t('total') }}</dt>
          <dd class="figure-total">{{ figures().totalCents | skMoney }}</dd>
        </div>
        <div>
          <dt>{{ t('grantRequested') }}</dt>
          <dd class="figure-grant">
            {{ figures().grantRequestedCents | skMoney }}
            @if (grantShare(); as share) {
              <span class="share">({{ t('ofCosts', { share }) }})</span>
            }
          </dd>
        </div>
        <div>
          <dt>{{ t('cofinancing') }}</dt>
          <dd class="figure-cofinancing">
            {{ figures().cofinancingCents | skMoney }}
            @if (cofinancingShare(); as share) {
              <span class="share">({{ t('ofCosts', { share }) }})</span>
            }
          </dd>
        </div>
      </dl>

      @if (limits(); as call) {
        <p class="limits">
          {{
            t('limits', {
              min: call.minGrantCents | skMoney,
              max: call.maxGrantCents | skMoney,
              share: percent(call.maxCofinancingShareBp),
            })
          }}
        </p>
      } @else {
        <p class="limits">{{ t('limitsUnknown') }}</p>
      }

      <div class="verdict" role="status" aria-live="polite">
        @if (messages().length > 0) {
          <ul class="problems">
            @for (message of messages(); track message.key) {
              <li><mat-icon aria-hidden="true">warning</mat-icon>{{ t(message.key, message.params) }}</li>
            }
          </ul>
        } @else if (limits() && figures().totalCents > 0) {
          <p class="ok"><mat-icon aria-hidden="true">check_circle</mat-icon>{{ t('withinLimits') }}</p>
        }
      </div>

      @if (subtotals().length > 1) {
        <table class="subtotals">
          <caption>
            {{
              t('subtotals')
            }}
          </caption>
          <tbody>
            @for (row of subtotals(); track row.category) {
              <tr>
                <th scope="row">{{ t('categories.' + row.category) }}</th>
                <td>{{ row.cents | skMoney }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styleUrl: './budget-summary.component.scss',
})
export class BudgetSummaryComponent {
  readonly figures = input.required<BudgetFigures>();
  readonly limits = input<GrantLimits | null>(null);

  private readonly language = inject(LanguageService);

  protected readonly grantShare = computed(() => {
    const bp = this.figures().grantShareBp;
    return bp === null ? null : this.percent(bp);
  });
  protected readonly cofinancingShare = computed(() => {
    const bp = this.figures().grantShareBp;
    return bp === null ? null : this.percent(10_000 - bp);
  });
  protected readonly subtotals = computed(() =>
    BUDGET_CATEGORIES.map((category) => ({ category, cents: this.figures().subtotalsByCategory[category] })).filter(
      (row) => row.cents > 0,
    ),
  );
  /** Problems about single lines show at their fields; the rest are about the whole budget. */
  protected readonly messages = computed(() =>
    this.figures()
      .problems.filter((problem) => problem.code !== 'line_invalid')
      .map((problem) => this.describe(problem)),
  );

  protected percent(basisPoints: number): string {
    return formatPercent(basisPoints / 10_000, this.language.formatLocale(), '1.0-2');
  }

  private money(cents: number): string {
    return formatMoney(cents, 'EUR', this.language.formatLocale());
  }

  private describe(problem: BudgetProblem): ProblemMessage {
    const key = `problems.${problem.code}`;
    switch (problem.code) {
      case 'grant_below_minimum':
        return { key, params: { grant: this.money(problem.grantCents), limit: this.money(problem.minGrantCents) } };
      case 'grant_above_maximum':
        return { key, params: { grant: this.money(problem.grantCents), limit: this.money(problem.maxGrantCents) } };
      case 'grant_above_cost_share':
        return {
          key,
          params: { share: this.percent(problem.maxShareBp), allowed: this.money(problem.maxAllowedGrantCents) },
        };
      case 'grant_above_total':
        return { key, params: { total: this.money(problem.totalEligibleCents) } };
      default:
        return { key, params: {} };
    }
  }
}
