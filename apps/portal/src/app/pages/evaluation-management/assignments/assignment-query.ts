import type { ParamMap, Params } from '@angular/router';
import { ASSIGNMENT_SORTS, type AssignmentSort, DECLARATIONS } from '@skema/contracts';
import type { AssignmentQuery } from '../evaluation-management-api';
import { oneOfParam, pageFromParams, sameValues, searchAndPageParams, searchParam, uuidParam } from '../list-query';

export const DEFAULT_ASSIGNMENT_SORT: AssignmentSort = 'reference';

/**
 * The assignments table's state as the address holds it
 * (`?tab=assignments&declaration=pending&evaluator=…&sort=-assignedAt&page=2`), read leniently.
 */
export function assignmentQueryFromParams(params: ParamMap): AssignmentQuery {
  return {
    q: searchParam(params),
    declaration: oneOfParam(params, 'declaration', DECLARATIONS),
    evaluatorId: uuidParam(params, 'evaluator'),
    sort: oneOfParam(params, 'sort', ASSIGNMENT_SORTS) ?? DEFAULT_ASSIGNMENT_SORT,
    ...pageFromParams(params),
  };
}

/** The query as address parameters (merged into `tab`), defaults left out. */
export function assignmentQueryParams(query: AssignmentQuery): Params {
  return {
    declaration: query.declaration,
    evaluator: query.evaluatorId,
    sort: query.sort === DEFAULT_ASSIGNMENT_SORT ? null : query.sort,
    ...searchAndPageParams(query),
  };
}

export function sameAssignmentQuery(a: AssignmentQuery, b: AssignmentQuery): boolean {
  return sameValues(a, b);
}
