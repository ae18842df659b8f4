import { ParamMap, Params } from '@angular/router';
import { DECLARATIONS, Declaration, MyEvaluationDto, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@skema/contracts';

/** How far an evaluator's score sheet is (`MyEvaluationDto.evaluationStatus`). */
export const SHEET_STATES = ['not_started', 'draft', 'submitted'] as const;
export type SheetState = MyEvaluationDto['evaluationStatus'];

/** Columns the list sorts by; a leading `-` means descending. No sort keeps the API's order (newest first). */
export const EVALUATION_SORT_FIELDS = ['reference', 'call', 'region', 'declaration', 'sheet'] as const;
export type EvaluationSortField = (typeof EVALUATION_SORT_FIELDS)[number];
export type EvaluationSort = EvaluationSortField | `-${EvaluationSortField}`;

export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;

export interface EvaluationFilters {
  readonly declaration: Declaration | null;
  readonly sheet: SheetState | null;
  readonly callId: string | null;
}

export interface EvaluationsQuery extends EvaluationFilters {
  readonly sort: EvaluationSort | null;
  readonly page: number;
  readonly pageSize: number;
}

export const NO_EVALUATION_FILTERS: EvaluationFilters = { declaration: null, sheet: null, callId: null };

/** What the evaluator can do with an assignment now. */
export type EvaluationAction = 'declare' | 'score' | 'view' | null;

/**
 * Sign first; then score until submitted; then only view. A declared conflict leaves nothing to do:
 * the application went back to the programme manager for another evaluator.
 */
export function actionFor(row: MyEvaluationDto): EvaluationAction {
  if (row.declaration === 'pending') return 'declare';
  if (row.declaration === 'conflict') return null;
  return row.evaluationStatus === 'submitted' ? 'view' : 'score';
}

/** Work still to do sorts first: a declaration to sign, then sheets to score, then the finished ones. */
const DECLARATION_ORDER: Readonly<Record<Declaration, number>> = { pending: 0, signed: 1, conflict: 2 };
const SHEET_ORDER: Readonly<Record<SheetState, number>> = { not_started: 0, draft: 1, submitted: 2 };

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

function positiveInteger(text: string | null, fallback: number, max: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/** The list's state as the address bar holds it; anything a hand-edited link gets wrong falls back to its default. */
export function parseEvaluationsQuery(params: ParamMap): EvaluationsQuery {
  const declaration = params.get('declaration');
  const sheet = params.get('sheet');
  const sort = params.get('sort');
  return {
    declaration: isOneOf(DECLARATIONS, declaration) ? declaration : null,
    sheet: isOneOf(SHEET_STATES, sheet) ? sheet : null,
    callId: params.get('callId') || null,
    sort: sort !== null && isOneOf(EVALUATION_SORT_FIELDS, sort.replace(/^-/, '')) ? (sort as EvaluationSort) : null,
    page: positiveInteger(params.get('page'), 1, 1_000_000),
    pageSize: positiveInteger(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
  };
}

/** The query as URL parameters, defaults as null so a navigation with them removes the old values. */
export function evaluationsQueryParams(query: EvaluationsQuery): Params {
  return {
    declaration: query.declaration,
    sheet: query.sheet,
    callId: query.callId,
    sort: query.sort,
    page: query.page === 1 ? null : query.page,
    pageSize: query.pageSize === PAGE_SIZE_DEFAULT ? null : query.pageSize,
  };
}

export function hasEvaluationFilters(filters: EvaluationFilters): boolean {
  return filters.declaration !== null || filters.sheet !== null || filters.callId !== null;
}

export function sameEvaluationFilters(a: EvaluationFilters, b: EvaluationFilters): boolean {
  return a.declaration === b.declaration && a.sheet === b.sheet && a.callId === b.callId;
}

export function sameEvaluationsQuery(a: EvaluationsQuery, b: EvaluationsQuery): boolean {
  return sameEvaluationFilters(a, b) && a.sort === b.sort && a.page === b.page && a.pageSize === b.pageSize;
}

/** The calls the evaluator has assignments in, for the filter: each once, by reference. */
export function callOptions(rows: readonly MyEvaluationDto[]): { id: string; reference: string }[] {
  const calls = new Map(rows.map((row) => [row.callId, row.callReference]));
  return [...calls]
    .map(([id, reference]) => ({ id, reference }))
    .sort((a, b) => a.reference.localeCompare(b.reference));
}

export interface EvaluationsView {
  /** The rows of the page shown. */
  readonly items: readonly MyEvaluationDto[];
  /** How many rows the filters match. */
  readonly total: number;
  /** The page shown: the one asked for, or the last one when fewer rows match now. */
  readonly page: number;
}

/**
 * Filters, sorts and pages the evaluator's assignments on the device: the list is a handful of rows,
 * fetched whole. Sorting is stable, so equal rows keep the API's order (newest assignment first).
 * `regionName` gives the name the person reads, which is what a sort by region must follow.
 */
export function evaluationsView(
  rows: readonly MyEvaluationDto[],
  query: EvaluationsQuery,
  regionName: (code: string) => string,
  locale: string,
): EvaluationsView {
  const matching = rows.filter(
    (row) =>
      (query.declaration === null || row.declaration === query.declaration) &&
      (query.sheet === null || row.evaluationStatus === query.sheet) &&
      (query.callId === null || row.callId === query.callId),
  );
  const sorted = query.sort ? sortRows(matching, query.sort, regionName, locale) : matching;
  const pages = Math.max(1, Math.ceil(sorted.length / query.pageSize));
  const page = Math.min(query.page, pages);
  const start = (page - 1) * query.pageSize;
  return { items: sorted.slice(start, start + query.pageSize), total: sorted.length, page };
}

function sortRows(
  rows: readonly MyEvaluationDto[],
  sort: EvaluationSort,
  regionName: (code: string) => string,
  locale: string,
): MyEvaluationDto[] {
  const descending = sort.startsWith('-');
  const field = sort.replace(/^-/, '') as EvaluationSortField;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const compare = (a: MyEvaluationDto, b: MyEvaluationDto): number => {
    switch (field) {
      case 'reference':
        return collator.compare(a.applicationReference ?? '', b.applicationReference ?? '');
      case 'call':
        return collator.compare(a.callReference, b.callReference);
      case 'region':
        return collator.compare(regionName(a.lotRegionCode), regionName(b.lotRegionCode));
      case 'declaration':
        return DECLARATION_ORDER[a.declaration] - DECLARATION_ORDER[b.declaration];
      case 'sheet':
        return SHEET_ORDER[a.evaluationStatus] - SHEET_ORDER[b.evaluationStatus];
    }
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (descending ? -compare(a.row, b.row) : compare(a.row, b.row)) || a.index - b.index)
    .map(({ row }) => row);
}
