import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PaymentDto } from '@skema/contracts';
import { map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { formatMoney } from '../../core/i18n/locale-format';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { grantLink } from './grant-link';
import { pagedList } from './paged-list';
import { type PaymentAction, injectPaymentDialogs } from './payment-dialogs';
import { type PaymentOutcome, PaymentOutcomeComponent } from './payment-outcome.component';
import { type QueueStatus, pageRequestFromParams, pageRequestParams, samePageRequest } from './payment-query';
import { type PageRequest, PaymentsApi } from './payments-api';

/**
 * A queue of payments in one state, oldest first (they have waited longest): `requested` ones for a
 * second finance officer to approve or reject, `approved` ones to mark paid once the bank made the
 * transfer. The preparer's own payments cannot be approved by them (four eyes): the button stays,
 * disabled, with the reason beside it.
 */
@Component({
  selector: 'sk-payment-queue-tab',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    MatPaginator,
    MatTableModule,
    PaymentOutcomeComponent,
    RouterLink,
    SkDatePipe,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payment-queue-tab.component.html',
  styleUrl: './payment-table.scss',
})
export class PaymentQueueTabComponent {
  private readonly api = inject(PaymentsApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly openDialog = injectPaymentDialogs();

  readonly status = input.required<QueueStatus>();

  protected readonly canManage = this.auth.can('payments.manage');
  protected readonly columns = computed(() => [
    'contract',
    'organisation',
    'amount',
    'prepared',
    ...(this.status() === 'approved' ? ['approved'] : []),
    ...(this.canManage ? ['actions'] : []),
  ]);
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly grantLink = grantLink;

  private readonly pageRequest = toSignal(this.route.queryParamMap.pipe(map(pageRequestFromParams)), {
    requireSync: true,
    equal: samePageRequest,
  });
  protected readonly query = computed(() => ({
    status: this.status(),
    region: null,
    q: '',
    sort: 'preparedAt' as const,
    ...this.pageRequest(),
  }));
  protected readonly list = pagedList(
    this.query,
    (query) => this.api.list(query),
    (page) => void this.navigate({ page }, true),
  );

  /** The payment whose dialog is open (one at a time; its buttons stay focusable so focus can return to them). */
  protected readonly acting = signal<string | null>(null);
  protected readonly outcome = signal<PaymentOutcome | null>(null);
  private readonly outcomeView = viewChild(PaymentOutcomeComponent);

  /** Mat-table rows are untyped in templates: each cell reads its row through here. */
  protected row(row: PaymentDto): PaymentDto {
    return row;
  }

  /** Four eyes: whoever prepared a payment cannot approve it. */
  protected preparedByMe(payment: PaymentDto): boolean {
    return payment.preparedBy === this.auth.user()?.id;
  }

  protected async act(action: PaymentAction, payment: PaymentDto): Promise<void> {
    // A disabled but focusable button (so its reason can be read) still receives clicks.
    if (this.acting() || (action === 'approve' && this.preparedByMe(payment))) return;
    this.acting.set(payment.id);
    this.outcome.set(null);
    try {
      const result = await this.openDialog(action, payment);
      if (!result) return;
      this.outcome.set({ kind: 'success', message: this.done(action, result) });
      this.list.reload();
      // The row has left this queue: focus goes to what happened instead of the page's top.
      afterNextRender(() => this.outcomeView()?.focus(), { injector: this.injector });
    } finally {
      this.acting.set(null);
    }
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private done(action: PaymentAction, payment: PaymentDto): string {
    return this.transloco.translate(`payments.queue.done.${action}`, {
      contract: payment.contractNumber,
      organisation: payment.organisationName,
      amount: formatMoney(payment.amountCents, 'EUR', this.language.formatLocale()),
      bankReference: payment.bankReference ?? '',
    });
  }

  private navigate(changes: Partial<PageRequest>, replaceUrl = false): Promise<boolean> {
    const queryParams = pageRequestParams({ ...this.pageRequest(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
