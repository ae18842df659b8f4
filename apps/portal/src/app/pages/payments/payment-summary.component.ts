import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PaymentDto } from '@skema/contracts';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';

/** What a dialog acts on, so the person sees which payment before approving, rejecting or paying it. */
@Component({
  selector: 'sk-payment-summary',
  imports: [SkDatePipe, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = payment();
    <dl *transloco="let t; prefix: 'payments.summary'">
      <div>
        <dt>{{ t('contract') }}</dt>
        <dd>{{ p.contractNumber }}</dd>
      </div>
      <div>
        <dt>{{ t('organisation') }}</dt>
        <dd>{{ p.organisationName }}</dd>
      </div>
      <div>
        <dt>{{ t('amount') }}</dt>
        <dd class="amount">{{ p.amountCents | skMoney }}</dd>
      </div>
      <div>
        <dt>{{ t('prepared') }}</dt>
        <dd>{{ t('byOn', { name: p.preparedByName, date: p.preparedAt | skDate: 'dateTime' }) }}</dd>
      </div>
      @if (p.approvedAt) {
        <div>
          <dt>{{ t('approved') }}</dt>
          <dd>{{ t('byOn', { name: p.approvedByName ?? '—', date: p.approvedAt | skDate: 'dateTime' }) }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    dl {
      display: grid;
      gap: 4px;
      margin: 0 0 16px;
    }
    dl > div {
      display: grid;
      grid-template-columns: minmax(8rem, 12rem) 1fr;
      gap: 8px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .amount {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
  `,
})
export class PaymentSummaryComponent {
  readonly payment = input.required<PaymentDto>();
}
