import type { ParamMap, Params } from '@angular/router';
import { CONSOLIDATION_SORTS, CONSOLIDATION_STATUSES, type ConsolidationSort } from '@skema/contracts';
import type { ConsolidationQuery } from '../evaluation-management-api';
import { oneOfParam, pageFromParams, sameValues, searchAndPageParams, searchParam, uuidParam } from '../list-query';

export { SEARCH_MAX_LENGTH } from '../list-query';
export const DEFAULT_CONSOLIDATION_SORT: ConsolidationSort = 'reference';

/** The table's query, and the application whose sheets are open. */
export interface ConsolidationView extends ConsolidationQuery {
  readonly application: string | null;
}

/**
 * The table's state as the address holds it (`?tab=consolidation&consolidation=divergent&sort=-spread`),
 * read leniently: anything unknown (a lot of another call is the API's to refuse) falls back to the default.
 */
export function consolidationViewFromParams(params: ParamMap): ConsolidationView {
  return {
    lotId: uuidParam(params, 'lot'),
    consolidation: oneOfParam(params, 'consolidation', CONSOLIDATION_STATUSES),
    q: searchParam(params),
    sort: oneOfParam(params, 'sort', CONSOLIDATION_SORTS) ?? DEFAULT_CONSOLIDATION_SORT,
    ...pageFromParams(params),
    application: uuidParam(params, 'application'),
  };
}

/** The view as address parameters (merged into `tab`), defaults left out. */
export function consolidationViewParams(view: ConsolidationView): Params {
  return {
    lot: view.lotId,
    consolidation: view.consolidation,
    sort: view.sort === DEFAULT_CONSOLIDATION_SORT ? null : view.sort,
    ...searchAndPageParams(view),
    application: view.application,
  };
}

export function sameQuery(a: ConsolidationQuery, b: ConsolidationQuery): boolean {
  return sameValues(a, b);
}
