import type { EvaluationGridDto, EvaluationSheetDto, MyEvaluationDto } from '@skema/contracts';

/**
 * Test data for the evaluator's pages: a KUK application of a call with a small two-section grid.
 * Compiled with the app (only `*.spec.ts` and `src/testing` are left out), so no Jest and no JSON here.
 */

export const ASSIGNMENT_ID = '5b1e7c3a-0000-4c1e-9a57-00000000000a';
export const APPLICATION_ID = '7d0c5a9e-1111-4c1e-9a57-000000000001';
export const CALL_ID = '7d0c5a9e-2222-4c1e-9a57-000000000002';

export function myEvaluation(overrides: Partial<MyEvaluationDto> = {}): MyEvaluationDto {
  return {
    id: ASSIGNMENT_ID,
    applicationId: APPLICATION_ID,
    applicationReference: 'SK-2026-KUK-0007',
    callId: CALL_ID,
    callReference: 'CFP-2026-01',
    lotId: 'lot-kuk',
    lotRegionCode: 'KUK',
    declaration: 'pending',
    declaredAt: null,
    evaluationStatus: 'not_started',
    ...overrides,
  };
}

/** Section 1 (capacity): 1.1 max 5 ×2, 1.2 max 5; section 2 (relevance): 2.1 max 5 ×2. Total 25. */
export function gridDto(): EvaluationGridDto {
  return {
    maxScore: 25,
    passThreshold: 15,
    sections: [
      {
        key: '1',
        name: { sq: 'Kapaciteti financiar dhe operacional', en: 'Financial and operational capacity' },
        maxScore: 15,
        passThreshold: 9,
        criteria: [
          { key: '1.1', name: { sq: 'Përvoja në menaxhim', en: 'Management experience' }, maxScore: 5, weight: 2 },
          { key: '1.2', name: { sq: 'Burimet financiare', en: 'Financial resources' }, maxScore: 5, weight: 1 },
        ],
      },
      {
        key: '2',
        name: { sq: 'Përshtatshmëria', en: 'Relevance' },
        maxScore: 10,
        passThreshold: null,
        criteria: [{ key: '2.1', name: { sq: 'Nevojat e grupit', en: 'Needs of the group' }, maxScore: 5, weight: 2 }],
      },
    ],
  };
}

export function sheetDto(overrides: Partial<EvaluationSheetDto> = {}): EvaluationSheetDto {
  return {
    assignmentId: ASSIGNMENT_ID,
    applicationId: APPLICATION_ID,
    applicationReference: 'SK-2026-KUK-0007',
    callId: CALL_ID,
    callReference: 'CFP-2026-01',
    lotRegionCode: 'KUK',
    grid: gridDto(),
    status: 'draft',
    scores: [],
    points: { sections: { '1': 0, '2': 0 }, total: 0, complete: false },
    updatedAt: null,
    submittedAt: null,
    ...overrides,
  };
}

export const problem = (
  code: string,
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
) => ({
  type: 'about:blank',
  title: 'Problem',
  status,
  detail,
  code,
  ...(errors ? { errors } : {}),
});
