import fc from 'fast-check';
import { type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import {
  DIVERGENCE_GAP_DEFAULT_BP,
  type EvaluationForConsolidation,
  consolidate,
  exceedsDivergenceGap,
  moderationProblems,
} from './consolidation';
import { EvaluationError } from './scoring';

/** PRAG grid: sections 1–5 with maxima 20, 30, 20, 15, 15; total 100; default gap 20 points. */
const grid = PRAG_FULL_APPLICATION_GRID;
const KEYS = ['1', '2', '3', '4', '5'];

const evaluation = (evaluationId: string, sections: number[], submitted = true): EvaluationForConsolidation => ({
  evaluationId,
  submitted,
  points: {
    sections: Object.fromEntries(KEYS.map((key, i) => [key, sections[i]])),
    total: sections.reduce((a, b) => a + b, 0),
    complete: submitted,
  },
});
/** An evaluation totalling `total`, spread over the sections without passing their maxima. */
const totalling = (evaluationId: string, total: number, submitted = true): EvaluationForConsolidation => {
  const maxima = [20, 30, 20, 15, 15];
  let left = total;
  return evaluation(
    evaluationId,
    maxima.map((max) => {
      const take = Math.min(max, left);
      left -= take;
      return take;
    }),
    submitted,
  );
};

describe('exceedsDivergenceGap', () => {
  it('allows exactly the gap and flags one point more (default 20% of 100)', () => {
    expect(DIVERGENCE_GAP_DEFAULT_BP).toBe(2_000);
    expect(exceedsDivergenceGap(80, 60, 100)).toBe(false);
    expect(exceedsDivergenceGap(81, 60, 100)).toBe(true);
    expect(exceedsDivergenceGap(60, 81, 100)).toBe(true);
  });
  it('compares a fractional gap exactly (15% of 50 = 7.5)', () => {
    expect(exceedsDivergenceGap(37, 30, 50, 1_500)).toBe(false);
    expect(exceedsDivergenceGap(38, 30, 50, 1_500)).toBe(true);
  });
  it('refuses a gap outside 0–10000 basis points', () => {
    expect(() => exceedsDivergenceGap(1, 2, 100, -1)).toThrow(EvaluationError);
    expect(() => exceedsDivergenceGap(1, 2, 100, 10_001)).toThrow(EvaluationError);
    expect(() => exceedsDivergenceGap(1, 2, 100, 12.5)).toThrow(EvaluationError);
  });
});

describe('consolidate', () => {
  describe('with fewer than two submitted evaluations', () => {
    it.each([
      ['none', []],
      ['one', [totalling('a', 70)]],
      ['one submitted and a draft', [totalling('a', 70), totalling('b', 75, false)]],
    ])('is incomplete with %s', (_, evaluations) => {
      const result = consolidate(grid, evaluations);
      expect(result).toMatchObject({
        status: 'incomplete',
        method: null,
        sectionScores: null,
        total: null,
        countedEvaluationIds: [],
      });
      expect(result.submittedCount).toBe(evaluations.filter((e) => e.submitted).length);
    });

    it('ignores a moderation until two evaluations are in', () =>
      expect(
        consolidate(grid, [totalling('a', 70)], {
          moderation: { sectionScores: { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1 } },
        }).status,
      ).toBe('incomplete'));
  });

  describe('with two submitted evaluations', () => {
    it('takes the mean per section and of the totals, in hundredths', () =>
      expect(consolidate(grid, [evaluation('b', [16, 24, 16, 12, 12]), evaluation('a', [15, 25, 17, 12, 13])])).toEqual(
        {
          status: 'consolidated',
          method: 'mean',
          submittedCount: 2,
          countedEvaluationIds: ['a', 'b'],
          sectionScores: { '1': 1550, '2': 2450, '3': 1650, '4': 1200, '5': 1250 },
          total: 8100,
          spreadPoints: 2,
          divergent: false,
        },
      ));

    it('never counts a draft', () => {
      const result = consolidate(grid, [totalling('a', 60), totalling('b', 70), totalling('c', 100, false)]);
      expect(result).toMatchObject({
        status: 'consolidated',
        total: 6500,
        countedEvaluationIds: ['a', 'b'],
        submittedCount: 2,
      });
    });

    it('consolidates at exactly the gap', () =>
      expect(consolidate(grid, [totalling('a', 60), totalling('b', 80)])).toMatchObject({
        status: 'consolidated',
        total: 7000,
        spreadPoints: 20,
        divergent: false,
      }));

    it('flags one point beyond the gap and gives no score', () =>
      expect(consolidate(grid, [totalling('a', 60), totalling('b', 81)])).toEqual({
        status: 'divergent',
        method: null,
        submittedCount: 2,
        countedEvaluationIds: [],
        sectionScores: null,
        total: null,
        spreadPoints: 21,
        divergent: true,
      }));

    it("uses the call's own gap", () => {
      expect(consolidate(grid, [totalling('a', 60), totalling('b', 70)], { gapBp: 1_000 }).status).toBe('consolidated');
      expect(consolidate(grid, [totalling('a', 60), totalling('b', 71)], { gapBp: 1_000 }).status).toBe('divergent');
    });

    it('measures the gap against the grid maximum (20% of a 50-point concept note is 10)', () => {
      const conceptNote: EvaluationGridDto = { ...grid, maxScore: 50 };
      expect(consolidate(conceptNote, [totalling('a', 30), totalling('b', 40)]).status).toBe('consolidated');
      expect(consolidate(conceptNote, [totalling('a', 30), totalling('b', 41)]).status).toBe('divergent');
    });
  });

  describe('with three submitted evaluations', () => {
    it('takes the mean of all three when none diverge, rounding the total once', () =>
      // Sections round to 16.33 + 24.33 + 16 + 12 + 12 = 80.66; the total is 242 / 3 = 80.67.
      expect(
        consolidate(grid, [
          evaluation('a', [16, 24, 16, 12, 12]),
          evaluation('b', [16, 24, 16, 12, 12]),
          evaluation('c', [17, 25, 16, 12, 12]),
        ]),
      ).toMatchObject({
        status: 'consolidated',
        method: 'mean',
        countedEvaluationIds: ['a', 'b', 'c'],
        sectionScores: { '1': 1633, '2': 2433, '3': 1600, '4': 1200, '5': 1200 },
        total: 8067,
      }));

    it('resolves a divergence with the mean of the two closest totals, leaving the outlier out', () =>
      expect(
        consolidate(grid, [totalling('first', 50), totalling('second', 72), totalling('third', 66)]),
      ).toMatchObject({
        status: 'consolidated',
        method: 'closest_scores',
        countedEvaluationIds: ['second', 'third'],
        total: 6900,
        spreadPoints: 22,
        divergent: true,
      }));

    it('takes the section scores from the same two evaluations', () => {
      const result = consolidate(grid, [
        evaluation('a', [5, 10, 10, 10, 10]),
        evaluation('b', [20, 20, 10, 10, 10]),
        evaluation('c', [18, 24, 10, 10, 10]),
      ]);
      expect(result.countedEvaluationIds).toEqual(['b', 'c']);
      expect(result.sectionScores).toEqual({ '1': 1900, '2': 2200, '3': 1000, '4': 1000, '5': 1000 });
    });

    it('stays divergent when even the closest two are beyond the gap', () =>
      expect(consolidate(grid, [totalling('a', 30), totalling('b', 60), totalling('c', 95)])).toMatchObject({
        status: 'divergent',
        total: null,
      }));

    it('counts every evaluation of equally close pairs, and stays divergent when they span more than the gap', () =>
      // 50, 72, 94: both neighbouring pairs are 22 apart; no outlier can be named → moderation.
      expect(consolidate(grid, [totalling('a', 50), totalling('b', 72), totalling('c', 94)]).status).toBe('divergent'));

    it('with four, counts the closest pair, or every evaluation of equally close pairs lying within the gap', () => {
      expect(
        consolidate(grid, [totalling('a', 60), totalling('b', 61), totalling('c', 61), totalling('d', 90)]),
      ).toMatchObject({
        status: 'consolidated',
        method: 'closest_scores',
        countedEvaluationIds: ['b', 'c'],
        total: 6100,
      });
      expect(
        consolidate(grid, [totalling('a', 60), totalling('b', 62), totalling('c', 64), totalling('d', 90)]),
      ).toMatchObject({
        status: 'consolidated',
        method: 'closest_scores',
        countedEvaluationIds: ['a', 'b', 'c'],
        total: 6200,
      });
    });
  });

  describe('with a moderation', () => {
    const moderation = { sectionScores: { '1': 1500, '2': 2250, '3': 1400, '4': 1000, '5': 1100 } };

    it('replaces the mean of a divergent pair; the total is the sum of the agreed sections', () =>
      expect(consolidate(grid, [totalling('b', 50), totalling('a', 90)], { moderation })).toEqual({
        status: 'consolidated',
        method: 'moderation',
        submittedCount: 2,
        countedEvaluationIds: ['a', 'b'],
        sectionScores: moderation.sectionScores,
        total: 7250,
        spreadPoints: 40,
        divergent: true,
      }));

    it('wins over a third evaluation too', () =>
      expect(
        consolidate(grid, [totalling('a', 50), totalling('b', 90), totalling('c', 85)], { moderation }).method,
      ).toBe('moderation'));

    it('refuses a malformed moderation', () => {
      const evaluations = [totalling('a', 50), totalling('b', 90)];
      const bad = { sectionScores: { '1': 2001, '2': 22.5, '3': -1, '4': 1000, x: 1 } };
      expect(moderationProblems(grid, bad)).toEqual([
        'unknown section x',
        'section 1 score 2001 is not 0..2000 hundredths',
        'section 2 score 22.5 is not 0..3000 hundredths',
        'section 3 score -1 is not 0..2000 hundredths',
        'section 5 has no score',
      ]);
      expect(() => consolidate(grid, evaluations, { moderation: bad })).toThrow(EvaluationError);
      expect(moderationProblems(grid, moderation)).toEqual([]);
    });
  });

  it('refuses input no form produces', () => {
    expect(() => consolidate(grid, [totalling('a', 50), totalling('a', 60)])).toThrow(/listed twice/);
    expect(() => consolidate(grid, [evaluation('a', [21, 0, 0, 0, 0]), totalling('b', 20)])).toThrow(
      /section 1 has 21/,
    );
    expect(() =>
      consolidate(grid, [{ ...totalling('a', 50), points: { ...totalling('a', 50).points, total: 51 } }]),
    ).toThrow(/do not match/);
    expect(() => consolidate(grid, [totalling('a', 50), totalling('b', 60)], { gapBp: 20_000 })).toThrow(
      EvaluationError,
    );
  });

  it('gives the same result whatever the order of the evaluations', () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 5 }).chain((totals) =>
          fc.tuple(
            fc.constant(totals),
            fc.shuffledSubarray(
              totals.map((t, i) => i),
              { minLength: totals.length },
            ),
          ),
        ),
        ([totals, order]) => {
          const evaluations = totals.map((total, i) => totalling(`e${i}`, total));
          expect(
            consolidate(
              grid,
              order.map((i) => evaluations[i]),
            ),
          ).toEqual(consolidate(grid, evaluations));
        },
      ),
    ));

  it('consolidates within the range of the counted totals', () =>
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 5 }), (totals) => {
        const result = consolidate(
          grid,
          totals.map((total, i) => totalling(`e${i}`, total)),
        );
        if (result.status !== 'consolidated' || result.total === null) return;
        const counted = result.countedEvaluationIds.map((id) => totals[Number(id.slice(1))]);
        expect(result.total).toBeGreaterThanOrEqual(Math.min(...counted) * 100);
        expect(result.total).toBeLessThanOrEqual(Math.max(...counted) * 100);
        expect(Math.max(...counted) - Math.min(...counted)).toBeLessThanOrEqual(20);
      }),
    ));
});
