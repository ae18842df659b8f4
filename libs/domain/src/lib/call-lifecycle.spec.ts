import { CALL_STATUSES, type CallStatus, type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { assertCallTransition, canTransitionCall, gridMaxima, IllegalCallTransitionError, validateGrid } from './call-lifecycle';

/** Every allowed move; everything else in the 6×6 matrix is refused. */
const ALLOWED: ReadonlyArray<[CallStatus, CallStatus]> = [
  ['draft', 'published'],
  ['draft', 'archived'],
  ['published', 'closed'],
  ['closed', 'in_evaluation'],
  ['in_evaluation', 'awarded'],
  ['awarded', 'archived'],
];

describe('call lifecycle', () => {
  const matrix = CALL_STATUSES.flatMap((from) => CALL_STATUSES.map((to) => [from, to] as const));

  it.each(matrix)('%s → %s follows the transition table', (from, to) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransitionCall(from, to)).toBe(allowed);
    if (allowed) expect(() => assertCallTransition(from, to)).not.toThrow();
    else expect(() => assertCallTransition(from, to)).toThrow(IllegalCallTransitionError);
  });

  it('never stays in place, never goes back, and ends in archived', () => {
    for (const status of CALL_STATUSES) expect(canTransitionCall(status, status)).toBe(false);
    const order = CALL_STATUSES.indexOf.bind(CALL_STATUSES);
    for (const [from, to] of ALLOWED) expect(order(to)).toBeGreaterThan(order(from));
    expect(CALL_STATUSES.filter((to) => canTransitionCall('archived', to))).toEqual([]);
  });

  it('names both states when refusing', () => {
    expect(() => assertCallTransition('draft', 'closed')).toThrow('a call cannot go from draft to closed');
  });
});

const clone = (): EvaluationGridDto => structuredClone(PRAG_FULL_APPLICATION_GRID);
const codes = (grid: EvaluationGridDto) => validateGrid(grid).map((p) => `${p.field}:${p.code}`);

describe('validateGrid', () => {
  it('accepts the PRAG full-application grid: 20/30/20/15/15, thresholds 12 and 20', () => {
    expect(validateGrid(PRAG_FULL_APPLICATION_GRID)).toEqual([]);
    expect(gridMaxima(PRAG_FULL_APPLICATION_GRID)).toEqual({ sections: [20, 30, 20, 15, 15], total: 100 });
  });

  it('needs at least one section, and criteria in each', () => {
    expect(codes({ sections: [], maxScore: 0, passThreshold: null })).toEqual(['grid.sections:grid_no_sections']);
    const grid = clone();
    grid.sections[3].criteria = [];
    expect(codes(grid)).toContain('grid.sections.3.criteria:grid_section_no_criteria');
  });

  it('requires stated maxima to equal the sums below them', () => {
    const grid = clone();
    grid.sections[1].maxScore = 25;
    expect(codes(grid)).toEqual(['grid.sections.1.maxScore:grid_section_max_mismatch', 'grid.maxScore:grid_max_mismatch']);
    expect(validateGrid(grid)[0].params).toEqual({ expected: 30 });
  });

  it('keeps thresholds whole and within their maximum', () => {
    const grid = clone();
    grid.sections[0].passThreshold = 21;
    grid.sections[1].passThreshold = -1;
    grid.passThreshold = 100.5;
    expect(codes(grid)).toEqual([
      'grid.sections.0.passThreshold:grid_threshold_above_max',
      'grid.sections.1.passThreshold:grid_threshold_invalid',
      'grid.passThreshold:grid_threshold_invalid',
    ]);
    grid.sections[0].passThreshold = 20;
    grid.sections[1].passThreshold = 30;
    grid.passThreshold = 100;
    expect(validateGrid(grid)).toEqual([]);
  });

  it('scores criteria on the PRAG 1–5 scale with weight 1 or 2', () => {
    const grid = clone();
    grid.sections[0].criteria[0].maxScore = 6;
    grid.sections[0].criteria[1].maxScore = 0;
    (grid.sections[0].criteria[2] as { weight: number }).weight = 3;
    expect(codes(grid)).toEqual(
      expect.arrayContaining([
        'grid.sections.0.criteria.0.maxScore:grid_criterion_score',
        'grid.sections.0.criteria.1.maxScore:grid_criterion_score',
        'grid.sections.0.criteria.2.weight:grid_criterion_weight',
      ]),
    );
  });

  it('refuses duplicate or malformed keys', () => {
    const grid = clone();
    grid.sections[1].criteria[0].key = '1.1';
    grid.sections[2].key = 'Section Three';
    expect(codes(grid)).toEqual(['grid.sections.1.criteria.0.key:grid_duplicate_key', 'grid.sections.2.key:grid_key_invalid']);
  });

  it('wants a PRAG total: 100 for a full application, 50 for a concept note', () => {
    const grid = clone();
    grid.sections = grid.sections.slice(0, 4);
    grid.maxScore = 85;
    expect(codes(grid)).toEqual(['grid.maxScore:grid_total_not_prag']);
    const conceptNote: EvaluationGridDto = {
      maxScore: 50,
      passThreshold: 30,
      sections: [
        { key: 'relevance', name: { sq: 'Rëndësia', en: 'Relevance' }, maxScore: 25, passThreshold: null, criteria: [1, 2, 3, 4, 5].map((i) => ({ key: `r${i}`, name: { sq: 'K', en: 'C' }, maxScore: 5, weight: 1 as const })) },
        { key: 'design', name: { sq: 'Hartimi', en: 'Design' }, maxScore: 25, passThreshold: null, criteria: [1, 2, 3, 4, 5].map((i) => ({ key: `d${i}`, name: { sq: 'K', en: 'C' }, maxScore: 5, weight: 1 as const })) },
      ],
    };
    expect(validateGrid(conceptNote)).toEqual([]);
  });
});
