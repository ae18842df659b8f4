import type { ParamMap, Params } from '@angular/router';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@skema/contracts';

/**
 * What the workspace's paged lists (consolidation, assignments) read from the address and write back:
 * read leniently, so a hand-edited or outdated link shows the default instead of a refusal.
 */

/** The longest search the list endpoints accept. */
export const SEARCH_MAX_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positive(text: string | null, fallback: number, max: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/** An id from the address, or none when it cannot be one. */
export function uuidParam(params: ParamMap, key: string): string | null {
  const value = params.get(key);
  return value && UUID.test(value) ? value : null;
}

/** One of the allowed values, or none. */
export function oneOfParam<T extends string>(params: ParamMap, key: string, allowed: readonly T[]): T | null {
  const value = params.get(key);
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : null;
}

/** The search text, trimmed and cut to what the API takes. */
export function searchParam(params: ParamMap): string {
  return (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
}

export function pageFromParams(params: ParamMap): { page: number; pageSize: number } {
  return {
    page: positive(params.get('page'), 1, 1_000_000),
    pageSize: positive(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
  };
}

/** Search and paging as address parameters, defaults left out. */
export function searchAndPageParams(view: { q: string; page: number; pageSize: number }): Params {
  return {
    q: view.q.trim() || null,
    page: view.page === 1 ? null : view.page,
    pageSize: view.pageSize === PAGE_SIZE_DEFAULT ? null : view.pageSize,
  };
}

/** Whether two queries ask for the same thing (a new object for the same address must not reload). */
export function sameValues<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
