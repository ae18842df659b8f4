import type { ParamMap, Params } from '@angular/router';
import { PAYMENT_STATUSES, REGION_CODES } from '@skema/contracts';
import {
  oneOfParam,
  pageFromParams,
  sameValues,
  searchAndPageParams,
  searchParam,
} from '../evaluation-management/list-query';
import { PAYMENT_SORTS, type PageRequest, type PaymentQuery, type PaymentSort } from './payments-api';

/**
 * The workspace's tabs in the order of a payment's life: the tranches due, the payments waiting for a
 * second finance officer's approval, the approved ones waiting for the bank, and the whole ledger.
 */
export const PAYMENT_TABS = ['due', 'requested', 'approved', 'ledger'] as const;
export type PaymentTab = (typeof PAYMENT_TABS)[number];
export const DEFAULT_PAYMENT_TAB: PaymentTab = 'due';

/** The two queues: what waits for an approval, what waits to be marked paid. */
export type QueueStatus = Extract<PaymentTab, 'requested' | 'approved'>;

/**
 * The open tab lives in the address (`?tab=ledger`), so a reload, a bookmark or Back shows the same
 * tab; anything unknown falls back to the first.
 */
export function tabFromParams(params: ParamMap): PaymentTab {
  return oneOfParam(params, 'tab', PAYMENT_TABS) ?? DEFAULT_PAYMENT_TAB;
}

/**
 * Another tab's address: only `tab` (none for the first), since one tab's filters and page mean
 * nothing to the next.
 */
export function tabQueryParams(tab: PaymentTab): Params {
  return tab === DEFAULT_PAYMENT_TAB ? {} : { tab };
}

/** The page of a tab without filters (the due tranches, the queues). */
export function pageRequestFromParams(params: ParamMap): PageRequest {
  return pageFromParams(params);
}

export function pageRequestParams(request: PageRequest): Params {
  const { page, pageSize } = searchAndPageParams({ q: '', ...request });
  return { page, pageSize };
}

/** Newest first: the ledger is read for what just happened. */
export const DEFAULT_LEDGER_SORT: PaymentSort = '-preparedAt';

/**
 * The ledger's state as the address holds it
 * (`?tab=ledger&status=paid&region=KUK&q=VMA&sort=-amountCents&page=2`), read leniently, so a
 * hand-edited or outdated link shows the default instead of a refusal.
 */
export function ledgerQueryFromParams(params: ParamMap): PaymentQuery {
  return {
    status: oneOfParam(params, 'status', PAYMENT_STATUSES),
    region: oneOfParam(params, 'region', REGION_CODES),
    q: searchParam(params),
    sort: oneOfParam(params, 'sort', PAYMENT_SORTS) ?? DEFAULT_LEDGER_SORT,
    ...pageFromParams(params),
  };
}

/** The ledger's query as address parameters (merged into `tab`), defaults left out. */
export function ledgerQueryParams(query: PaymentQuery): Params {
  return {
    status: query.status,
    region: query.region,
    sort: query.sort === DEFAULT_LEDGER_SORT ? null : query.sort,
    ...searchAndPageParams(query),
  };
}

export function samePaymentQuery(a: PaymentQuery, b: PaymentQuery): boolean {
  return sameValues(a, b);
}

export function samePageRequest(a: PageRequest, b: PageRequest): boolean {
  return sameValues(a, b);
}
