import { convertToParamMap } from '@angular/router';
import { MyEvaluationDto, REGION_NAMES, RegionCode } from '@skema/contracts';
import { myEvaluation } from './testing/evaluation-fixtures';
import {
  EvaluationsQuery,
  actionFor,
  callOptions,
  evaluationsQueryParams,
  evaluationsView,
  parseEvaluationsQuery,
} from './evaluations-query';

const query = (overrides: Partial<EvaluationsQuery> = {}): EvaluationsQuery => ({
  declaration: null,
  sheet: null,
  callId: null,
  sort: null,
  page: 1,
  pageSize: 20,
  ...overrides,
});

const sq = (code: string) => REGION_NAMES[code as RegionCode].sq;
const references = (rows: readonly MyEvaluationDto[]) => rows.map((row) => row.applicationReference);

const rows: MyEvaluationDto[] = [
  myEvaluation({
    id: 'a',
    applicationReference: 'SK-2026-TIR-0010',
    lotRegionCode: 'TIR',
    declaration: 'signed',
    evaluationStatus: 'draft',
  }),
  myEvaluation({ id: 'b', applicationReference: 'SK-2026-KUK-0002', lotRegionCode: 'KUK', declaration: 'pending' }),
  myEvaluation({
    id: 'c',
    applicationReference: 'SK-2026-DIB-0009',
    lotRegionCode: 'DIB',
    declaration: 'signed',
    evaluationStatus: 'submitted',
    callId: 'other',
    callReference: 'CFP-2025-02',
  }),
  myEvaluation({ id: 'd', applicationReference: 'SK-2026-SAR-0001', lotRegionCode: 'SAR', declaration: 'conflict' }),
];

describe('the evaluator list query', () => {
  it('reads the address, dropping what it does not know', () => {
    expect(parseEvaluationsQuery(convertToParamMap({}))).toEqual(query());
    expect(
      parseEvaluationsQuery(
        convertToParamMap({
          declaration: 'signed',
          sheet: 'draft',
          callId: 'c-1',
          sort: '-reference',
          page: '2',
          pageSize: '10',
        }),
      ),
    ).toEqual(
      query({ declaration: 'signed', sheet: 'draft', callId: 'c-1', sort: '-reference', page: 2, pageSize: 10 }),
    );
    expect(
      parseEvaluationsQuery(
        convertToParamMap({ declaration: 'maybe', sheet: 'done', sort: '-name', page: '0', pageSize: '1000' }),
      ),
    ).toEqual(query());
  });

  it('writes defaults as nothing, so a plain list stays /evaluations', () => {
    expect(evaluationsQueryParams(query())).toEqual({
      declaration: null,
      sheet: null,
      callId: null,
      sort: null,
      page: null,
      pageSize: null,
    });
    expect(evaluationsQueryParams(query({ sort: 'region', page: 3, pageSize: 50 }))).toMatchObject({
      sort: 'region',
      page: 3,
      pageSize: 50,
    });
  });

  it('offers the action that fits: sign, score, view, or nothing after a conflict', () => {
    expect(rows.map(actionFor)).toEqual(['score', 'declare', 'view', null]);
    expect(actionFor(myEvaluation({ declaration: 'signed', evaluationStatus: 'not_started' }))).toBe('score');
  });

  it('filters by declaration, sheet and call together', () => {
    expect(references(evaluationsView(rows, query({ declaration: 'signed' }), sq, 'sq').items)).toEqual([
      'SK-2026-TIR-0010',
      'SK-2026-DIB-0009',
    ]);
    expect(references(evaluationsView(rows, query({ declaration: 'signed', sheet: 'draft' }), sq, 'sq').items)).toEqual(
      ['SK-2026-TIR-0010'],
    );
    expect(evaluationsView(rows, query({ callId: 'other' }), sq, 'sq')).toMatchObject({ total: 1 });
  });

  it("keeps the API's order without a sort, and sorts by any column both ways", () => {
    expect(references(evaluationsView(rows, query(), sq, 'sq').items)).toEqual(references(rows));
    expect(references(evaluationsView(rows, query({ sort: 'reference' }), sq, 'sq').items)).toEqual([
      'SK-2026-DIB-0009',
      'SK-2026-KUK-0002',
      'SK-2026-SAR-0001',
      'SK-2026-TIR-0010',
    ]);
    // By the region's name as read: Dibër, Kukës, Sarandë, Tiranë.
    expect(evaluationsView(rows, query({ sort: '-region' }), sq, 'sq').items.map((row) => row.lotRegionCode)).toEqual([
      'TIR',
      'SAR',
      'KUK',
      'DIB',
    ]);
    // Work still to do first; equal rows keep the API's order.
    expect(evaluationsView(rows, query({ sort: 'declaration' }), sq, 'sq').items.map((row) => row.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
    expect(evaluationsView(rows, query({ sort: '-sheet' }), sq, 'sq').items.map((row) => row.id)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('sorts references by their numbers, not as text', () => {
    const numbered = [9, 10, 1].map((n) => myEvaluation({ id: String(n), applicationReference: `SK-2026-KUK-${n}` }));
    expect(evaluationsView(numbered, query({ sort: 'reference' }), sq, 'sq').items.map((row) => row.id)).toEqual([
      '1',
      '9',
      '10',
    ]);
  });

  it('pages, showing the last page when fewer rows match than the address assumes', () => {
    const many = Array.from({ length: 25 }, (_, i) => myEvaluation({ id: `r${i}` }));
    expect(evaluationsView(many, query({ page: 2, pageSize: 10 }), sq, 'sq')).toMatchObject({ total: 25, page: 2 });
    expect(evaluationsView(many, query({ page: 2, pageSize: 10 }), sq, 'sq').items[0].id).toBe('r10');
    const last = evaluationsView(many, query({ page: 9, pageSize: 10 }), sq, 'sq');
    expect(last.page).toBe(3);
    expect(last.items.map((row) => row.id)).toEqual(['r20', 'r21', 'r22', 'r23', 'r24']);
    expect(evaluationsView([], query({ page: 4 }), sq, 'sq')).toEqual({ items: [], total: 0, page: 1 });
  });

  it('lists each call once, by reference, for the filter', () => {
    expect(callOptions(rows)).toEqual([
      { id: 'other', reference: 'CFP-2025-02' },
      { id: rows[0].callId, reference: 'CFP-2026-01' },
    ]);
  });
});
