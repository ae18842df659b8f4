import fc from 'fast-check';
import { CRITERION_SCORE_MAX, type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import {
  type CriterionScore,
  EvaluationError,
  evaluationPoints,
  meanHundredths,
  pointsToHundredths,
  scoreSheetProblems,
} from './scoring';

const grid = PRAG_FULL_APPLICATION_GRID;
const criteria = grid.sections.flatMap((section) => section.criteria);

/** A complete sheet giving every criterion `score` (or the score `scoreOf` picks), each with a comment. */
const sheet = (score: number | ((key: string) => number) = 4): CriterionScore[] =>
  criteria.map((criterion) => ({
    criterionKey: criterion.key,
    score: typeof score === 'number' ? score : score(criterion.key),
    comment: `Comment on ${criterion.key}`,
  }));
const edit = (scores: CriterionScore[], key: string, change: Partial<CriterionScore>) =>
  scores.map((entry) => (entry.criterionKey === key ? { ...entry, ...change } : entry));

describe('scoreSheetProblems', () => {
  it('is empty for a complete sheet, in either mode', () => {
    expect(scoreSheetProblems(grid, sheet(), 'submission')).toEqual([]);
    expect(scoreSheetProblems(grid, sheet(), 'draft')).toEqual([]);
  });

  it('accepts both ends of the scale', () => {
    expect(scoreSheetProblems(grid, sheet(1), 'submission')).toEqual([]);
    expect(scoreSheetProblems(grid, sheet(CRITERION_SCORE_MAX), 'submission')).toEqual([]);
  });

  it('lets a draft leave scores and comments open', () => {
    const draft = edit(edit(sheet(), '1.1', { score: null, comment: null }), '2.3', { comment: '  ' });
    expect(scoreSheetProblems(grid, draft, 'draft')).toEqual([]);
    expect(scoreSheetProblems(grid, [], 'draft')).toEqual([]);
  });

  it('asks a submission for every score and every comment, all at once, in grid order', () => {
    const scores = edit(
      edit(
        sheet().filter((s) => s.criterionKey !== '3.2'),
        '1.1',
        { score: null },
      ),
      '2.3',
      { comment: ' \n ' },
    );
    expect(scoreSheetProblems(grid, scores, 'submission')).toEqual([
      { code: 'score_missing', criterionKey: '1.1' },
      { code: 'comment_missing', criterionKey: '2.3' },
      { code: 'score_missing', criterionKey: '3.2' },
      { code: 'comment_missing', criterionKey: '3.2' },
    ]);
  });

  it('refuses scores off the scale or not whole, even in a draft', () => {
    const scores = edit(edit(edit(sheet(), '1.1', { score: 0 }), '1.2', { score: 6 }), '2.1', { score: 3.5 });
    const expected = [
      { code: 'score_invalid', criterionKey: '1.1', score: 0, min: 1, max: 5 },
      { code: 'score_invalid', criterionKey: '1.2', score: 6, min: 1, max: 5 },
      { code: 'score_invalid', criterionKey: '2.1', score: 3.5, min: 1, max: 5 },
    ];
    expect(scoreSheetProblems(grid, scores, 'draft')).toEqual(expected);
    expect(scoreSheetProblems(grid, scores, 'submission')).toEqual(expected);
  });

  it('holds each criterion to its own maximum', () => {
    const smaller: EvaluationGridDto = {
      ...grid,
      sections: [{ ...grid.sections[0], criteria: [{ ...grid.sections[0].criteria[0], maxScore: 3 }] }],
    };
    const scores = [{ criterionKey: '1.1', score: 4, comment: 'ok' }];
    expect(scoreSheetProblems(smaller, scores, 'submission')).toEqual([
      { code: 'score_invalid', criterionKey: '1.1', score: 4, min: 1, max: 3 },
    ]);
  });

  it('reports criteria the grid does not have and criteria scored twice, after the grid', () => {
    const scores = [
      ...sheet(),
      { criterionKey: '9.9', score: 3, comment: 'x' },
      { criterionKey: '1.1', score: 2, comment: 'y' },
    ];
    expect(scoreSheetProblems(grid, scores, 'draft')).toEqual([
      { code: 'criterion_unknown', criterionKey: '9.9' },
      { code: 'criterion_duplicate', criterionKey: '1.1' },
    ]);
  });
});

describe('evaluationPoints', () => {
  it('multiplies each score by its weight and sums per section and overall', () => {
    // All 4s: section 1 = 4×4, section 2 = 4×(2+2+1+1), 3 = 4×(2+1+1), 4 = 4×3, 5 = 4×(1+2).
    expect(evaluationPoints(grid, sheet(4))).toEqual({
      sections: { '1': 16, '2': 24, '3': 16, '4': 12, '5': 12 },
      total: 80,
      complete: true,
    });
  });

  it('reaches the grid maxima with every score at the top', () => {
    const { sections, total } = evaluationPoints(grid, sheet(CRITERION_SCORE_MAX));
    expect(sections).toEqual(Object.fromEntries(grid.sections.map((s) => [s.key, s.maxScore])));
    expect(total).toBe(grid.maxScore);
  });

  it('counts a weighted criterion twice', () => {
    const base = evaluationPoints(grid, sheet(3));
    const raised = evaluationPoints(grid, edit(sheet(3), '2.1', { score: 4 }));
    expect(raised.sections['2'] - base.sections['2']).toBe(2);
    expect(raised.total - base.total).toBe(2);
  });

  it("gives a draft's running total, open criteria counting 0", () => {
    const draft = sheet(5).filter((s) => s.criterionKey.startsWith('1.'));
    expect(evaluationPoints(grid, draft)).toEqual({
      sections: { '1': 20, '2': 0, '3': 0, '4': 0, '5': 0 },
      total: 20,
      complete: false,
    });
  });

  it('refuses to total a sheet with an invalid score or an unknown criterion', () => {
    expect(() => evaluationPoints(grid, edit(sheet(), '1.1', { score: 7 }))).toThrow(EvaluationError);
    expect(() => evaluationPoints(grid, [...sheet(), { criterionKey: 'x', score: 1, comment: null }])).toThrow(
      /criterion_unknown x/,
    );
  });

  it('always gives whole points within the maxima, the total being the sum of the sections', () =>
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: criteria.length, maxLength: criteria.length }),
        (values) => {
          const points = evaluationPoints(
            grid,
            sheet((key) => values[criteria.findIndex((c) => c.key === key)]),
          );
          const sum = Object.values(points.sections).reduce((a, b) => a + b, 0);
          expect(points.total).toBe(sum);
          grid.sections.forEach((section) => {
            expect(Number.isInteger(points.sections[section.key])).toBe(true);
            expect(points.sections[section.key]).toBeLessThanOrEqual(section.maxScore);
          });
        },
      ),
    ));
});

describe('meanHundredths', () => {
  it('is exact for halves', () => expect(meanHundredths([71, 72])).toBe(7150));
  it('rounds thirds to the nearest hundredth', () => {
    expect(meanHundredths([70, 70, 71])).toBe(7033); // 70.333…
    expect(meanHundredths([70, 71, 71])).toBe(7067); // 70.666…
  });
  it('rounds half up', () => {
    // 1/8 = 0.125 → 0.13; 3/8 = 0.375 → 0.38
    expect(meanHundredths([1, 0, 0, 0, 0, 0, 0, 0])).toBe(13);
    expect(meanHundredths([3, 0, 0, 0, 0, 0, 0, 0])).toBe(38);
  });
  it('is the value itself for one value', () => expect(meanHundredths([42])).toBe(4200));
  it('refuses nothing, fractions and negatives', () => {
    expect(() => meanHundredths([])).toThrow(EvaluationError);
    expect(() => meanHundredths([1.5, 2])).toThrow(EvaluationError);
    expect(() => meanHundredths([-1, 2])).toThrow(EvaluationError);
  });
  it('agrees with the exact mean to within half a hundredth', () =>
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), (values) => {
        const exactTimes100 = (values.reduce((a, b) => a + b, 0) * 100) / values.length;
        const rounded = meanHundredths(values);
        expect(rounded - exactTimes100).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(exactTimes100 - rounded).toBeLessThan(0.5);
      }),
    ));
});

describe('pointsToHundredths', () => {
  it('converts whole points', () => expect(pointsToHundredths(12)).toBe(1200));
  it('refuses fractions', () => expect(() => pointsToHundredths(12.5)).toThrow(EvaluationError));
});
