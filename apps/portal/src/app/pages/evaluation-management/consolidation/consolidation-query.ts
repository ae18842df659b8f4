import type { ParamMap, Params } from '@angular/router';
import {
  CONSOLIDATION_SORTS,
  CONSOLIDATION_STATUSES,
  type ConsolidationSort,
  type ConsolidationStatusDto,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
} from '@skema/contracts';
import type { ConsolidationQuery } from '../evaluation-management-api';

export const DEFAULT_CONSOLIDATION_SORT: ConsolidationSort = 'reference';
export const SEARCH_MAX_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The table's query, and the application whose sheets are open. */
export interface ConsolidationView extends ConsolidationQuery {
  readonly application: string | null;
}

function positive(text: string | null, fallback: number, max: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/**
 * The table's state as the address holds it (`?tab=consolidation&consolidation=divergent&sort=-spread`),
 * read leniently: anything unknown (a lot of another call is the API's to refuse) falls back to the default.
 */
export function consolidationViewFromParams(params: ParamMap): ConsolidationView {
  const lotId = params.get('lot');
  const consolidation = params.get('consolidation');
  const sort = params.get('sort');
  const application = params.get('application');
  return {
    lotId: lotId && UUID.test(lotId) ? lotId : null,
    consolidation: (CONSOLIDATION_STATUSES as readonly string[]).includes(consolidation ?? '')
      ? (consolidation as ConsolidationStatusDto)
      : null,
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    sort: (CONSOLIDATION_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as ConsolidationSort)
      : DEFAULT_CONSOLIDATION_SORT,
    page: positive(params.get('page'), 1, 1_000_000),
    pageSize: positive(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
    application: application && UUID.test(application) ? application : null,
  };
}

/** The view as address parameters (merged into `tab`), defaults left out. */
export function consolidationViewParams(view: ConsolidationView): Params {
  return {
    lot: view.lotId,
    consolidation: view.consolidation,
    q: view.q.trim() || null,
    sort: view.sort === DEFAULT_CONSOLIDATION_SORT ? null : view.sort,
    page: view.page === 1 ? null : view.page,
    pageSize: view.pageSize === PAGE_SIZE_DEFAULT ? null : view.pageSize,
    application: view.application,
  };
}

export function sameQuery(a: ConsolidationQuery, b: ConsolidationQuery): boolean {
  return (
    a.lotId === b.lotId &&
    a.consolidation === b.consolidation &&
    a.q === b.q &&
    a.sort === b.sort &&
    a.page === b.page &&
    a.pageSize === b.pageSize
  );
}
