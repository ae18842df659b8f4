import type { ParamMap, Params } from '@angular/router';
import { GRANT_STATUSES, type GrantStatus, REGION_CODES, type RegionCode } from '@skema/contracts';
import {
  oneOfParam,
  pageFromParams,
  sameValues,
  searchAndPageParams,
  searchParam,
} from '../../evaluation-management/list-query';

/** Sort keys `GET /grants` accepts (the API's `GRANT_SORTS`); a leading `-` means descending. */
export const GRANT_SORT_FIELDS = ['contractNumber', 'startDate', 'awardCents', 'createdAt'] as const;
export type GrantSortField = (typeof GRANT_SORT_FIELDS)[number];
export type GrantSort = GrantSortField | `-${GrantSortField}`;
export const GRANT_SORTS: readonly GrantSort[] = GRANT_SORT_FIELDS.flatMap((field): GrantSort[] => [
  field,
  `-${field}`,
]);

/** The API's own default: the newest contracts first. */
export const DEFAULT_GRANT_SORT: GrantSort = '-createdAt';

/** `GET /grants`: filters, order and page. */
export interface GrantListQuery {
  readonly status: GrantStatus | null;
  readonly region: RegionCode | null;
  /** Part of the CSO's name, of the contract number or of the application's reference. */
  readonly q: string;
  readonly sort: GrantSort;
  readonly page: number;
  readonly pageSize: number;
}

/**
 * The list's state as the address holds it (`/my-grants?status=in_implementation&region=KUK&sort=-awardCents&page=2`),
 * read leniently: a hand-edited or outdated link shows the default instead of a refusal.
 */
export function grantListQueryFromParams(params: ParamMap): GrantListQuery {
  return {
    status: oneOfParam(params, 'status', GRANT_STATUSES),
    region: oneOfParam(params, 'region', REGION_CODES),
    q: searchParam(params),
    sort: oneOfParam(params, 'sort', GRANT_SORTS) ?? DEFAULT_GRANT_SORT,
    ...pageFromParams(params),
  };
}

/** The query as address parameters, defaults left out, every key present so a change replaces the old value. */
export function grantListQueryParams(query: GrantListQuery): Params {
  return {
    status: query.status,
    region: query.region,
    sort: query.sort === DEFAULT_GRANT_SORT ? null : query.sort,
    ...searchAndPageParams(query),
  };
}

export function hasGrantFilters(query: GrantListQuery): boolean {
  return !!(query.status || query.region || query.q);
}

export function sameGrantListQuery(a: GrantListQuery, b: GrantListQuery): boolean {
  return sameValues(a, b);
}
