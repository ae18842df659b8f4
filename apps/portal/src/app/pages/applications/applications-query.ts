import { ParamMap, Params } from '@angular/router';
import {
  APPLICATION_STATUSES,
  ApplicationStatus,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  RegionCode,
  isRegionCode,
} from '@skema/contracts';

/** Sort keys `GET /applications` accepts (its ListApplicationsQuery); a leading `-` means descending. */
export const APPLICATION_SORT_FIELDS = ['submittedAt', 'reference', 'updatedAt'] as const;
export type ApplicationSortField = (typeof APPLICATION_SORT_FIELDS)[number];
export type ApplicationSort = ApplicationSortField | `-${ApplicationSortField}`;

/** The API's own default order: the most recently changed first. */
export const DEFAULT_APPLICATION_SORT: ApplicationSort = '-updatedAt';
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;
/** The API refuses a longer search (ListApplicationsQuery `q`). */
export const SEARCH_MAX_LENGTH = 100;

/** Filters the staff list narrows by; an applicant's own list has none. */
export interface ApplicationFilters {
  readonly callId: string | null;
  readonly region: RegionCode | null;
  readonly status: ApplicationStatus | null;
  /** Part of the CSO's name or of the reference. */
  readonly q: string;
}

export interface ApplicationsQuery extends ApplicationFilters {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: ApplicationSort;
}

export const NO_FILTERS: ApplicationFilters = { callId: null, region: null, status: null, q: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInteger(text: string | null, fallback: number, max: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

function isSort(value: string | null): value is ApplicationSort {
  return value !== null && (APPLICATION_SORT_FIELDS as readonly string[]).includes(value.replace(/^-/, ''));
}

function isStatus(value: string | null): value is ApplicationStatus {
  return value !== null && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/**
 * The list's state as the address bar holds it. Anything a hand-edited or outdated link gets wrong
 * falls back to its default, so the API is never asked what it would refuse with a 400.
 * `withFilters` is false for an applicant, whose list has no filters to show (and so none to apply).
 */
export function parseApplicationsQuery(params: ParamMap, withFilters: boolean): ApplicationsQuery {
  const sort = params.get('sort');
  const callId = params.get('callId');
  const region = params.get('region');
  const status = params.get('status');
  const filters: ApplicationFilters = withFilters
    ? {
        callId: callId && UUID.test(callId) ? callId : null,
        region: isRegionCode(region) ? region : null,
        status: isStatus(status) ? status : null,
        q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
      }
    : NO_FILTERS;
  return {
    ...filters,
    page: positiveInteger(params.get('page'), 1, 1_000_000),
    pageSize: positiveInteger(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
    sort: isSort(sort) ? sort : DEFAULT_APPLICATION_SORT,
  };
}

/**
 * The query as URL parameters, defaults left out so a plain `/applications` stays plain. Every key
 * is present (null when default) so a navigation with them replaces the previous values.
 */
export function applicationsQueryParams(query: ApplicationsQuery): Params {
  return {
    callId: query.callId,
    region: query.region,
    status: query.status,
    q: query.q.trim() || null,
    sort: query.sort === DEFAULT_APPLICATION_SORT ? null : query.sort,
    page: query.page === 1 ? null : query.page,
    pageSize: query.pageSize === PAGE_SIZE_DEFAULT ? null : query.pageSize,
  };
}

/** The filters as the API reads them (`GET /applications` and its CSV export), empty ones omitted. */
export function filterParams(filters: ApplicationFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.callId) params['callId'] = filters.callId;
  if (filters.region) params['region'] = filters.region;
  if (filters.status) params['status'] = filters.status;
  if (filters.q.trim()) params['q'] = filters.q.trim();
  return params;
}

export function hasFilters(filters: ApplicationFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}

export function sameFilters(a: ApplicationFilters, b: ApplicationFilters): boolean {
  return a.q === b.q && a.callId === b.callId && a.region === b.region && a.status === b.status;
}

export function sameQuery(a: ApplicationsQuery, b: ApplicationsQuery): boolean {
  return sameFilters(a, b) && a.page === b.page && a.pageSize === b.pageSize && a.sort === b.sort;
}
