import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MarkPaymentPaidRequest,
  Page,
  PaymentDto,
  PaymentDueDto,
  PaymentStatus,
  PreparePaymentRequest,
  RegionCode,
  RejectPaymentRequest,
} from '@skema/contracts';
import { type Observable, map } from 'rxjs';
import { API_PREFIX } from '../../core/http/api-url';
import { handlesOwnErrors } from '../../core/http/http-error.interceptor';
import { type DownloadedFile, fileNameFrom } from '../applications/applications-api';

/** The orders `GET /payments` accepts (the API's `ListPaymentsQuery`); `-` is descending. */
export const PAYMENT_SORTS = ['preparedAt', '-preparedAt', 'amountCents', '-amountCents', 'paidOn', '-paidOn'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

/** `GET /payments`: filters, order and page. */
export interface PaymentQuery {
  readonly status: PaymentStatus | null;
  readonly region: RegionCode | null;
  /** Part of the CSO's name, of the contract number or of the bank reference. */
  readonly q: string;
  readonly sort: PaymentSort;
  readonly page: number;
  readonly pageSize: number;
}

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

/**
 * Finance's endpoints: the tranches due, the payments (a queue per status, the ledger) and the four
 * steps of a payment. Every request handles its own errors: the workspace shows the API's reason
 * (a tranche's blocks, four eyes, the award exceeded) where the action was taken.
 */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);
  private readonly options = { context: handlesOwnErrors() };

  due(request: PageRequest): Observable<Page<PaymentDueDto>> {
    const params = new HttpParams().set('page', request.page).set('pageSize', request.pageSize);
    return this.http.get<Page<PaymentDueDto>>(this.path('payments', 'due'), { ...this.options, params });
  }

  list(query: PaymentQuery): Observable<Page<PaymentDto>> {
    let params = new HttpParams().set('sort', query.sort).set('page', query.page).set('pageSize', query.pageSize);
    if (query.status) params = params.set('status', query.status);
    if (query.region) params = params.set('region', query.region);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    return this.http.get<Page<PaymentDto>>(this.path('payments'), { ...this.options, params });
  }

  /**
   * 201 with a new payment, 200 with the one this key already prepared: the same key sent twice (a
   * retry after a lost answer, a double click) never prepares a second payment.
   */
  prepare(grantId: string, trancheId: string, idempotencyKey: string): Observable<PaymentDto> {
    const body: PreparePaymentRequest = { idempotencyKey };
    return this.http.post<PaymentDto>(
      this.path('grants', grantId, 'tranches', trancheId, 'payments'),
      body,
      this.options,
    );
  }

  approve(paymentId: string): Observable<PaymentDto> {
    return this.http.post<PaymentDto>(this.path('payments', paymentId, 'approve'), null, this.options);
  }

  reject(paymentId: string, request: RejectPaymentRequest): Observable<PaymentDto> {
    return this.http.post<PaymentDto>(this.path('payments', paymentId, 'reject'), request, this.options);
  }

  markPaid(paymentId: string, request: MarkPaymentPaidRequest): Observable<PaymentDto> {
    return this.http.post<PaymentDto>(this.path('payments', paymentId, 'paid'), request, this.options);
  }

  /**
   * Every payment as CSV, headers in the person's language, fetched with the bearer token (a plain link
   * would carry none). A failure arrives as a Blob: read it with `blobFailure` for the API's reason.
   */
  ledgerCsv(): Observable<DownloadedFile> {
    return this.http
      .get(this.path('payments', 'ledger.csv'), { ...this.options, observe: 'response', responseType: 'blob' })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFrom(response.headers.get('content-disposition'), 'payment-ledger.csv'),
        })),
      );
  }

  private path(...parts: string[]): string {
    return [API_PREFIX, ...parts.map(encodeURIComponent)].join('/');
  }
}
