import fc from 'fast-check';
import {
  BUDGET_CATEGORIES,
  type BudgetLine,
  type GrantLimits,
  PRAG_DEFAULT_GRANT_LIMITS,
  budgetProblems,
  conceptNoteToleranceRange,
  deriveBudget,
  isBudgetCategory,
  maxGrantForTotal,
  withinConceptNoteTolerance,
} from './budget';
import { MoneyError } from './money';

const line = (overrides: Partial<BudgetLine> = {}): BudgetLine => ({
  category: 'human_resources',
  description: 'Project coordinator',
  unit: 'month',
  quantity: 12,
  unitCostCents: 150_000,
  ...overrides,
});

/** EUR 40,000 of costs: coordinator 18,000 + trainer 12,000 + laptops 3,000 + travel 7,000. */
const budget: BudgetLine[] = [
  line(),
  line({ description: 'Trainer', quantity: 8, unitCostCents: 150_000 }),
  line({ category: 'equipment', description: 'Laptop', unit: 'piece', quantity: 3, unitCostCents: 100_000 }),
  line({ category: 'travel', description: 'Field visits', unit: 'trip', quantity: 2.5, unitCostCents: 280_000 }),
];
const limits = PRAG_DEFAULT_GRANT_LIMITS;
const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);

describe('budget categories', () => {
  it('lists the six categories in a fixed order', () =>
    expect(BUDGET_CATEGORIES).toEqual(['human_resources', 'travel', 'equipment', 'local_office', 'services', 'other']));
  it('recognises only those', () => {
    expect(BUDGET_CATEGORIES.every(isBudgetCategory)).toBe(true);
    expect(isBudgetCategory('salaries')).toBe(false);
    expect(isBudgetCategory(undefined)).toBe(false);
  });
});

describe('deriveBudget', () => {
  it('derives line totals, subtotals, total, co-financing and the grant share', () => {
    expect(deriveBudget(budget, 3_600_000)).toEqual({
      lineTotalsCents: [1_800_000, 1_200_000, 300_000, 700_000],
      subtotalsByCategory: {
        human_resources: 3_000_000,
        travel: 700_000,
        equipment: 300_000,
        local_office: 0,
        services: 0,
        other: 0,
      },
      totalEligibleCents: 4_000_000,
      grantRequestedCents: 3_600_000,
      cofinancingCents: 400_000,
      grantShareBp: 9_000,
    });
  });

  it('has no share while there is nothing to share', () => {
    const summary = deriveBudget([], 0);
    expect(summary.totalEligibleCents).toBe(0);
    expect(summary.grantShareBp).toBeNull();
    expect(Object.values(summary.subtotalsByCategory)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('shows a negative co-financing when the grant exceeds the total', () =>
    expect(deriveBudget([line({ quantity: 1, unitCostCents: 1_000 })], 1_500).cofinancingCents).toBe(-500));

  it('refuses what cannot be totalled', () => {
    expect(() => deriveBudget([line({ quantity: 1.005 })], 0)).toThrow(MoneyError);
    expect(() => deriveBudget([line({ category: 'salaries' as never })], 0)).toThrow(/unknown budget category/);
    expect(() => deriveBudget(budget, 10.5)).toThrow(MoneyError);
  });
});

describe('budgetProblems', () => {
  it('is empty for a budget that adds up', () => expect(budgetProblems(budget, 3_600_000, limits)).toEqual([]));

  it('accepts the grant at exactly the minimum, the maximum and the share', () => {
    const total = [line({ quantity: 1, unitCostCents: 6_000_000 })]; // EUR 60,000 of costs
    expect(budgetProblems(total, 1_000_000, limits)).toEqual([]);
    expect(budgetProblems(total, 5_400_000, limits)).toEqual([]); // exactly 90%
    expect(budgetProblems([line({ quantity: 1, unitCostCents: 7_000_000 })], 6_000_000, limits)).toEqual([]);
  });

  it('asks for at least one line', () => expect(budgetProblems([], 1_000_000, limits)).toEqual([{ code: 'no_lines' }]));

  it('reports every fault of every line at once, with where it is', () => {
    const problems = budgetProblems(
      [
        line({ category: 'salaries' as never, description: '  ', unit: '' }),
        line(),
        line({ quantity: 1.234, unitCostCents: 10.5 }),
        line({ quantity: -1, unitCostCents: 0 }),
        line({ quantity: Number.NaN, unitCostCents: 2 ** 60 }),
      ],
      3_600_000,
      limits,
    );
    expect(problems).toEqual([
      { code: 'line_invalid', lineIndex: 0, field: 'category', fault: 'unknown_category' },
      { code: 'line_invalid', lineIndex: 0, field: 'description', fault: 'required' },
      { code: 'line_invalid', lineIndex: 0, field: 'unit', fault: 'required' },
      { code: 'line_invalid', lineIndex: 2, field: 'quantity', fault: 'too_many_decimals' },
      { code: 'line_invalid', lineIndex: 2, field: 'unitCostCents', fault: 'not_whole_cents' },
      { code: 'line_invalid', lineIndex: 3, field: 'quantity', fault: 'not_positive' },
      { code: 'line_invalid', lineIndex: 3, field: 'unitCostCents', fault: 'not_positive' },
      { code: 'line_invalid', lineIndex: 4, field: 'quantity', fault: 'not_positive' },
      { code: 'line_invalid', lineIndex: 4, field: 'unitCostCents', fault: 'too_large' },
    ]);
  });

  it('reports a line whose total overflows safe cents', () =>
    expect(budgetProblems([line({ quantity: 1e6, unitCostCents: 1e12 })], 1_000_000, limits)).toEqual([
      { code: 'line_invalid', lineIndex: 0, field: 'unitCostCents', fault: 'too_large' },
    ]));

  it('still checks the grant limits while lines are faulty, but not the total', () =>
    expect(codes(budgetProblems([line({ quantity: 0 })], 7_000_000, limits))).toEqual([
      'line_invalid',
      'grant_above_maximum',
    ]));

  it('reports a grant below the minimum and above the maximum with the limits', () => {
    expect(budgetProblems(budget, 999_999, limits)).toEqual([
      { code: 'grant_below_minimum', grantCents: 999_999, minGrantCents: 1_000_000 },
    ]);
    const big = [line({ quantity: 1, unitCostCents: 10_000_000 })];
    expect(budgetProblems(big, 6_000_001, limits)).toEqual([
      { code: 'grant_above_maximum', grantCents: 6_000_001, maxGrantCents: 6_000_000 },
    ]);
  });

  it('refuses a grant one cent above the share of eligible costs', () =>
    expect(budgetProblems(budget, 3_600_001, limits)).toEqual([
      {
        code: 'grant_above_cost_share',
        grantCents: 3_600_001,
        grantShareBp: 9_000,
        maxShareBp: 9_000,
        maxAllowedGrantCents: 3_600_000,
      },
    ]));

  it('compares the share exactly, not in rounded basis points', () => {
    // 2/3 of 3 cents rounds down to 6666 bp, yet 2 cents is more than 66.66% of 3.
    const tiny: GrantLimits = { minGrantCents: 0, maxGrantCents: 100, maxCofinancingShareBp: 6_666 };
    expect(codes(budgetProblems([line({ quantity: 1, unitCostCents: 3 })], 2, tiny))).toEqual([
      'grant_above_cost_share',
    ]);
    expect(budgetProblems([line({ quantity: 1, unitCostCents: 3 })], 1, tiny)).toEqual([]);
  });

  it('reports a grant above the total once, not also as above the share', () =>
    expect(budgetProblems(budget, 4_000_001, { ...limits, maxCofinancingShareBp: 10_000 })).toEqual([
      { code: 'grant_above_total', grantCents: 4_000_001, totalEligibleCents: 4_000_000 },
    ]));

  it('reports a total that rounds to zero', () =>
    expect(budgetProblems([line({ quantity: 0.01, unitCostCents: 49 })], 0, { ...limits, minGrantCents: 0 })).toEqual([
      { code: 'total_zero' },
    ]));

  it('lists problems of different kinds together', () =>
    expect(codes(budgetProblems([line({ quantity: 1, unitCostCents: 500_000 })], 900_000, limits))).toEqual([
      'grant_below_minimum',
      'grant_above_total',
    ]));

  it('throws on a malformed grant or call limits, which no person fixes in the form', () => {
    expect(() => budgetProblems(budget, 1.5, limits)).toThrow(MoneyError);
    expect(() => budgetProblems(budget, 1, { ...limits, minGrantCents: 7_000_000 })).toThrow(/minimum ≤ maximum/);
    expect(() => budgetProblems(budget, 1, { ...limits, minGrantCents: -1 })).toThrow(MoneyError);
    expect(() => budgetProblems(budget, 1, { ...limits, maxCofinancingShareBp: 0 })).toThrow(/basis points/);
    expect(() => budgetProblems(budget, 1, { ...limits, maxCofinancingShareBp: 10_001 })).toThrow(/basis points/);
    expect(() => budgetProblems(budget, 1, { ...limits, maxCofinancingShareBp: 90.5 })).toThrow(/basis points/);
  });

  describe('properties', () => {
    const arbitraryLine = fc.record({
      category: fc.constantFrom(...BUDGET_CATEGORIES),
      description: fc.constant('item'),
      unit: fc.constant('unit'),
      quantity: fc.integer({ min: 1, max: 100_000 }).map((hundredths) => hundredths / 100),
      unitCostCents: fc.integer({ min: 1, max: 10_000_000 }),
    });

    it('totals equal the sum of the lines, per category and overall', () =>
      fc.assert(
        fc.property(fc.array(arbitraryLine, { maxLength: 30 }), fc.nat(10_000_000), (lines, grant) => {
          const summary = deriveBudget(lines, grant);
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(summary.totalEligibleCents).toBe(sum(summary.lineTotalsCents));
          expect(sum(Object.values(summary.subtotalsByCategory))).toBe(summary.totalEligibleCents);
          for (const category of BUDGET_CATEGORIES) {
            const own = lines.flatMap((l, i) => (l.category === category ? [summary.lineTotalsCents[i]] : []));
            expect(summary.subtotalsByCategory[category]).toBe(sum(own));
          }
          expect(summary.cofinancingCents + summary.grantRequestedCents).toBe(summary.totalEligibleCents);
        }),
      ));

    it('passes exactly when the grant is within its limits, the share and the total', () =>
      fc.assert(
        fc.property(
          fc.array(arbitraryLine, { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 1, max: 10_000 }),
          fc.integer({ min: -3, max: 3 }),
          fc.integer({ min: -2, max: 2 }),
          fc.integer({ min: -2, max: 2 }),
          (lines, bp, delta, minOffset, maxOffset) => {
            // Grants right around the largest allowed one, limits right around the grant.
            const total = deriveBudget(lines, 0).totalEligibleCents;
            const grant = Math.max(0, maxGrantForTotal(total, bp) + delta);
            const minGrantCents = Math.max(0, grant + minOffset);
            const lim = {
              minGrantCents,
              maxGrantCents: Math.max(minGrantCents, grant + maxOffset),
              maxCofinancingShareBp: bp,
            };
            const withinShare = BigInt(grant) * 10_000n <= BigInt(total) * BigInt(bp);
            const expected = total > 0 && withinShare && grant >= lim.minGrantCents && grant <= lim.maxGrantCents;
            const passes = budgetProblems(lines, grant, lim).length === 0;
            expect(passes).toBe(expected);
            if (passes) {
              const summary = deriveBudget(lines, grant);
              expect(summary.grantShareBp).toBeLessThanOrEqual(bp);
              expect(summary.cofinancingCents).toBeGreaterThanOrEqual(0);
            }
          },
        ),
      ));

    it('the largest grant the share allows passes the share check and one cent more does not', () =>
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e11 }), fc.integer({ min: 1, max: 10_000 }), (total, bp) => {
          const max = maxGrantForTotal(total, bp);
          expect(BigInt(max) * 10_000n <= BigInt(total) * BigInt(bp)).toBe(true);
          expect(BigInt(max + 1) * 10_000n > BigInt(total) * BigInt(bp)).toBe(true);
        }),
      ));
  });
});

describe('concept note tolerance (restricted calls)', () => {
  it('allows ±20% of the concept note, both ends included', () => {
    expect(conceptNoteToleranceRange(5_000_000)).toEqual({ minCents: 4_000_000, maxCents: 6_000_000 });
    expect(withinConceptNoteTolerance(4_000_000, 5_000_000)).toBe(true);
    expect(withinConceptNoteTolerance(6_000_000, 5_000_000)).toBe(true);
    expect(withinConceptNoteTolerance(5_000_000, 5_000_000)).toBe(true);
    expect(withinConceptNoteTolerance(3_999_999, 5_000_000)).toBe(false);
    expect(withinConceptNoteTolerance(6_000_001, 5_000_000)).toBe(false);
  });

  it('rounds the range inwards so nothing outside ±20% slips in', () => {
    expect(conceptNoteToleranceRange(1_001)).toEqual({ minCents: 801, maxCents: 1_201 }); // 800.8 and 1201.2
    expect(withinConceptNoteTolerance(800, 1_001)).toBe(false);
  });

  it('takes another tolerance when a call sets one', () => {
    expect(withinConceptNoteTolerance(5_500_000, 5_000_000, 1_000)).toBe(true);
    expect(withinConceptNoteTolerance(5_500_001, 5_000_000, 1_000)).toBe(false);
    expect(() => withinConceptNoteTolerance(1, 1, -1)).toThrow(MoneyError);
    expect(() => withinConceptNoteTolerance(1.5, 1)).toThrow(MoneyError);
  });

  it('agrees with the exact rule |full − note| ≤ 20% of note for any amounts', () =>
    fc.assert(
      fc.property(fc.nat(1e10), fc.nat(1e10), (full, note) => {
        const exact = BigInt(Math.abs(full - note)) * 10_000n <= BigInt(note) * 2_000n;
        expect(withinConceptNoteTolerance(full, note)).toBe(exact);
      }),
    ));
});
