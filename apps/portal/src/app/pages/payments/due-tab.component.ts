import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { PaymentDueDto } from '@skema/contracts';
import { firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { formatMoney } from '../../core/i18n/locale-format';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { PaginatorIntlService } from '../../shared/table/paginator-intl.service';
import { regionName } from '../evaluation-management/evaluation-tabs';
import { IdempotencyKeys, outcomeUnknown } from './idempotency-keys';
import { grantLink } from './grant-link';
import { pagedList } from './paged-list';
import { actionFailure } from './payment-failure.component';
import { type PaymentOutcome, PaymentOutcomeComponent } from './payment-outcome.component';
import { pageRequestFromParams, pageRequestParams, samePageRequest } from './payment-query';
import { type PageRequest, PaymentsApi } from './payments-api';

/**
 * Tranches whose condition is met and that no payment covers yet. A finance officer prepares the
 * payment; another one approves it on the next tab. Each click of "Prepare payment" is one intent
 * with one idempotency key, kept until the API answers for good, so a double click or a retry after a
 * lost answer can never prepare a second payment.
 */
@Component({
  selector: 'sk-due-tab',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    MatPaginator,
    MatProgressSpinner,
    MatTableModule,
    PaymentOutcomeComponent,
    RouterLink,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: [PaginatorIntlService.provider],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './due-tab.component.html',
  styleUrl: './payment-table.scss',
})
export class DueTabComponent {
  private readonly api = inject(PaymentsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);

  protected readonly canManage = inject(AuthService).can('payments.manage');
  protected readonly columns = computed(() => [
    'contract',
    'organisation',
    'region',
    'tranche',
    'amount',
    ...(this.canManage ? ['actions'] : []),
  ]);
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly grantLink = grantLink;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(pageRequestFromParams)), {
    requireSync: true,
    equal: samePageRequest,
  });
  protected readonly list = pagedList(
    this.query,
    (query) => this.api.due(query),
    (page) => void this.navigate({ page }, true),
  );

  private readonly keys = new IdempotencyKeys();
  /** Tranches whose payment is being prepared: their button waits. */
  protected readonly preparing = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<PaymentOutcome | null>(null);
  private readonly outcomeView = viewChild(PaymentOutcomeComponent);

  /** Mat-table rows are untyped in templates: each cell reads its row through here. */
  protected row(row: PaymentDueDto): PaymentDueDto {
    return row;
  }

  protected region(row: PaymentDueDto): string {
    return regionName(row.grant.regionCode, this.language.language());
  }

  /**
   * Interim tranches are numbered among themselves, as on the grant's page: the schedule starts with
   * the pre-financing (sequence 1), so interim tranche k has sequence k + 1.
   */
  protected interimNumber(row: PaymentDueDto): number {
    return row.tranche.sequence - 1;
  }

  protected isPreparing(row: PaymentDueDto): boolean {
    return this.preparing().has(row.tranche.id);
  }

  protected async prepare(row: PaymentDueDto): Promise<void> {
    const { grant, tranche } = row;
    // The button waits while its request is under way; a second click arriving anyway does nothing.
    if (this.preparing().has(tranche.id)) return;
    const key = this.keys.keyFor(tranche.id);
    this.setPreparing(tranche.id, true);
    this.outcome.set(null);
    const params = { contract: grant.contractNumber, organisation: grant.organisationName };
    try {
      const payment = await firstValueFrom(this.api.prepare(grant.id, tranche.id, key));
      this.keys.settle(tranche.id);
      const amount = payment.amountCents;
      this.show({ kind: 'success', message: this.t('prepared', { ...params, amount: this.money(amount) }) }, true);
      this.list.reload();
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const unknown = outcomeUnknown(failure);
      // Only a definite refusal ends the intent; after no answer the next click must send the same key.
      if (!unknown) this.keys.settle(tranche.id);
      const title = this.t(unknown ? 'prepareUnknown' : 'prepareFailed', params);
      this.show({ kind: 'failure', title, failure: actionFailure(failure, this.transloco) }, false);
      if (!unknown) this.list.reload();
    } finally {
      this.setPreparing(tranche.id, false);
    }
  }

  protected changePage(event: PageEvent): void {
    void this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private setPreparing(trancheId: string, busy: boolean): void {
    this.preparing.update((current) => {
      const next = new Set(current);
      if (busy) next.add(trancheId);
      else next.delete(trancheId);
      return next;
    });
  }

  /** A success takes focus (its row is gone); a refusal is an alert, read while focus stays on the button. */
  private show(outcome: PaymentOutcome, focus: boolean): void {
    this.outcome.set(outcome);
    if (focus) afterNextRender(() => this.outcomeView()?.focus(), { injector: this.injector });
  }

  private money(cents: number): string {
    return formatMoney(cents, 'EUR', this.language.formatLocale());
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`payments.due.${key}`, params);
  }

  private navigate(changes: Partial<PageRequest>, replaceUrl = false): Promise<boolean> {
    const queryParams = pageRequestParams({ ...this.query(), ...changes });
    return this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
