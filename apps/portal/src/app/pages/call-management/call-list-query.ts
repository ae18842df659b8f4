import type { ParamMap, Params } from '@angular/router';
import { CALL_SORTS, CALL_STATUSES, type CallSort, type CallStatus, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@skema/contracts';
import type { CallListQuery } from './call-management-api';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_CALL_SORT: CallSort = '-createdAt';
const SEARCH_MAX_LENGTH = 100;

/**
 * The list's state lives in the address (`?status=published&q=tir&sort=-deadline&page=2`), so it
 * survives a reload, can be bookmarked or shared, and Back returns to the same page of results.
 * Whatever the address holds is read leniently: an unknown value falls back to the default.
 */
export function callListQueryFromParams(params: ParamMap): CallListQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const sort = params.get('sort');
  const status = params.get('status');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= PAGE_SIZE_MAX ? pageSize : PAGE_SIZE_DEFAULT,
    sort: (CALL_SORTS as readonly string[]).includes(sort ?? '') ? (sort as CallSort) : DEFAULT_CALL_SORT,
    status: (CALL_STATUSES as readonly string[]).includes(status ?? '') ? (status as CallStatus) : null,
    q: (params.get('q') ?? '').slice(0, SEARCH_MAX_LENGTH),
  };
}

/** The query as address parameters, defaults left out so the plain list keeps a plain address. */
export function callListQueryParams(query: CallListQuery): Params {
  return {
    page: query.page === 1 ? null : query.page,
    pageSize: query.pageSize === PAGE_SIZE_DEFAULT ? null : query.pageSize,
    sort: query.sort === DEFAULT_CALL_SORT ? null : query.sort,
    status: query.status,
    q: query.q.trim() || null,
  };
}
