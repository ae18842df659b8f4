import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { GrantDto } from '@skema/contracts';
import { sumCents } from '@skema/domain';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { budgetLineName, wholePercent } from '../grant-figures';
import { MoneyBarComponent } from '../money-bar.component';

/**
 * Budget execution: each approved budget line with what the approved reports say was spent and what
 * remains, a bar per line (the numbers beside it), and the totals. Spending comes only from approved
 * reports, so a submitted report changes nothing here until the programme manager approves it.
 */
@Component({
  selector: 'sk-grant-budget',
  imports: [MoneyBarComponent, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'grant'">
      <h2 class="sk-section-title">{{ t('budget.title') }}</h2>
      <p class="intro">{{ t('budget.intro') }}</p>
      @if (lines().length === 0) {
        <p>{{ t('budget.none') }}</p>
      } @else {
        @let caption = t('budget.caption', { contractNumber: grant().contractNumber });
        <div class="scroll" role="region" tabindex="0" [attr.aria-label]="caption">
          <table class="budget">
            <caption class="sk-visually-hidden">
              {{
                caption
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('budget.columns.line') }}</th>
                <th scope="col" class="number">{{ t('budget.columns.approved') }}</th>
                <th scope="col" class="number">{{ t('budget.columns.spent') }}</th>
                <th scope="col" class="number">{{ t('budget.columns.remaining') }}</th>
                <th scope="col">{{ t('budget.columns.execution') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (line of lines(); track line.key) {
                <tr [attr.data-line]="line.key">
                  <th scope="row">{{ line.name }}</th>
                  <td class="number">{{ line.approvedCents | skMoney }}</td>
                  <td class="number">{{ line.spentCents | skMoney }}</td>
                  <td class="number">{{ line.remainingCents | skMoney }}</td>
                  <td class="execution">
                    <sk-money-bar [value]="line.spentCents" [total]="line.approvedCents" />
                    <span class="note">{{ t('budget.spentShare', { percent: line.percent }) }}</span>
                  </td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{{ t('budget.total') }}</th>
                <td class="number">{{ totals().approvedCents | skMoney }}</td>
                <td class="number">{{ totals().spentCents | skMoney }}</td>
                <td class="number">{{ totals().remainingCents | skMoney }}</td>
                <td class="execution">
                  <sk-money-bar [value]="totals().spentCents" [total]="totals().approvedCents" />
                  <span class="note">{{ t('budget.spentShare', { percent: totals().percent }) }}</span>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    </ng-container>
  `,
  styleUrl: './grant-tables.scss',
})
export class GrantBudgetComponent {
  private readonly transloco = inject(TranslocoService);
  /** Category names follow a language switch. */
  private readonly dictionary = toSignal(this.transloco.selectTranslation());

  readonly grant = input.required<GrantDto>();

  protected readonly lines = computed(() => {
    this.dictionary();
    const translate = (key: string) => this.transloco.translate(key);
    return this.grant().budget.map((line) => ({
      ...line,
      name: budgetLineName(line, translate),
      percent: wholePercent(line.spentCents, line.approvedCents),
    }));
  });

  protected readonly totals = computed(() => {
    const budget = this.grant().budget;
    const approvedCents = sumCents(budget.map((line) => line.approvedCents));
    const spentCents = sumCents(budget.map((line) => line.spentCents));
    return {
      approvedCents,
      spentCents,
      remainingCents: sumCents(budget.map((line) => line.remainingCents)),
      percent: wholePercent(spentCents, approvedCents),
    };
  });
}
