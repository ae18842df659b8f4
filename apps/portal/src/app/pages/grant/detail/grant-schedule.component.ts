import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GrantDto, TrancheDto } from '@skema/contracts';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { type ChipTone, StateChipComponent } from '../../evaluation-management/state-chip.component';
import { PAYMENT_STATUS_TONES, trancheName } from '../grant-figures';

interface TrancheRow {
  readonly tranche: TrancheDto;
  readonly name: { key: string; n: number };
  readonly paymentTone: ChipTone | null;
  /** Its only reason is the payment it already has: nothing is waited for. */
  readonly settled: boolean;
}

/**
 * The payment schedule: each tranche in words with its planned amount, whether a payment can be
 * prepared now (and how much) or every reason it cannot, as the API's domain rules decided, and the
 * payment made for it. Finance officers act on the payments elsewhere; here everyone reads the same.
 */
@Component({
  selector: 'sk-grant-schedule',
  imports: [MatIcon, SkDatePipe, SkMoneyPipe, StateChipComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'grant'">
      <h2 class="sk-section-title">{{ t('schedule.title') }}</h2>
      <p class="intro">{{ t('schedule.intro') }}</p>
      @if (rows().length === 0) {
        <p>{{ t('schedule.none') }}</p>
      } @else {
        <div
          class="scroll"
          role="region"
          tabindex="0"
          [attr.aria-label]="t('schedule.caption', { contractNumber: grant().contractNumber })"
        >
          <table class="schedule">
            <caption class="sk-visually-hidden">
              {{
                t('schedule.caption', { contractNumber: grant().contractNumber })
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('schedule.columns.tranche') }}</th>
                <th scope="col" class="number">{{ t('schedule.columns.planned') }}</th>
                <th scope="col">{{ t('schedule.columns.payable') }}</th>
                <th scope="col" class="number">{{ t('schedule.columns.paid') }}</th>
                <th scope="col">{{ t('schedule.columns.payment') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.tranche.id) {
                @let tr = row.tranche;
                <tr [attr.data-tranche]="tr.kind" [attr.data-payable]="tr.payable">
                  <th scope="row">
                    {{ t(row.name.key, { n: row.name.n }) }}
                    @if (tr.kind === 'interim' && tr.reportDueOn) {
                      <span class="note">{{ t('schedule.releasedBy', { date: tr.reportDueOn | skDate }) }}</span>
                    } @else if (tr.kind === 'balance') {
                      <span class="note">{{ t('schedule.balanceNote') }}</span>
                    }
                  </th>
                  <td class="number">{{ tr.plannedCents | skMoney }}</td>
                  <td class="payable">
                    @if (tr.payable) {
                      <p class="yes">
                        <mat-icon aria-hidden="true">check_circle</mat-icon>
                        {{ t('schedule.payableNow', { amount: tr.payableCents | skMoney }) }}
                      </p>
                    } @else if (row.settled) {
                      <p data-block="already_paid">{{ t('blocks.already_paid') }}</p>
                    } @else {
                      <p class="no">{{ t('schedule.notPayable') }}</p>
                      <ul class="blocks">
                        @for (block of tr.blocks; track block) {
                          <li [attr.data-block]="block">{{ t('blocks.' + block) }}</li>
                        }
                      </ul>
                    }
                  </td>
                  <td class="number">{{ tr.paidCents | skMoney }}</td>
                  <td>
                    @if (tr.payment; as payment) {
                      <sk-state-chip
                        [label]="t('paymentStatuses.' + payment.status)"
                        [tone]="row.paymentTone ?? 'neutral'"
                      />
                      <span class="note">{{ payment.amountCents | skMoney }}</span>
                      @if (payment.paidAt) {
                        <span class="note">{{ t('schedule.paidOn', { date: payment.paidAt | skDate }) }}</span>
                      }
                      @if (payment.bankReference) {
                        <span class="note">{{
                          t('schedule.bankReference', { reference: payment.bankReference })
                        }}</span>
                      }
                      @if (payment.rejectedReason) {
                        <span class="note">{{ t('schedule.rejectedReason', { reason: payment.rejectedReason }) }}</span>
                      }
                    } @else {
                      <span class="note">{{ t('schedule.noPayment') }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </ng-container>
  `,
  styleUrl: './grant-tables.scss',
})
export class GrantScheduleComponent {
  readonly grant = input.required<GrantDto>();

  protected readonly rows = computed<TrancheRow[]>(() => {
    const tranches = [...this.grant().tranches].sort((a, b) => a.sequence - b.sequence);
    return tranches.map((tranche) => ({
      tranche,
      name: trancheName(tranche, tranches),
      paymentTone: tranche.payment ? PAYMENT_STATUS_TONES[tranche.payment.status] : null,
      settled: tranche.blocks.length === 1 && tranche.blocks[0] === 'already_paid',
    }));
  });
}
