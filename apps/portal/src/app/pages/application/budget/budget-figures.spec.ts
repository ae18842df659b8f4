import { BudgetLineContent } from '@skema/contracts';
import { PRAG_DEFAULT_GRANT_LIMITS } from '@skema/domain';
import { budgetFigures, grantLimitsOf } from './budget-figures';

const line = (overrides: Partial<BudgetLineContent> = {}): BudgetLineContent => ({
  category: 'human_resources',
  description: 'Project coordinator',
  unit: 'month',
  quantity: 12,
  unitCostCents: 150_000,
  ownContributionCents: 0,
  ...overrides,
});

const codes = (lines: BudgetLineContent[]) =>
  budgetFigures(lines, PRAG_DEFAULT_GRANT_LIMITS).problems.map((p) => p.code);

describe('budgetFigures', () => {
  it('derives line totals, total, grant and co-financing in exact cents', () => {
    const figures = budgetFigures(
      [
        line({ ownContributionCents: 180_000 }),
        line({
          category: 'travel',
          description: 'Field visits',
          unit: 'trip',
          quantity: 2.5,
          unitCostCents: 280_001,
          ownContributionCents: 70_000,
        }),
        line({ category: 'equipment', description: 'Laptop', unit: 'piece', quantity: 3, unitCostCents: 33_333 }),
      ],
      PRAG_DEFAULT_GRANT_LIMITS,
    );

    // 2.5 × 2,800.01 = 7,000.025 → 7,000.03 (half away from zero, once).
    expect(figures.lineTotalsCents).toEqual([1_800_000, 700_003, 99_999]);
    expect(figures.totalCents).toBe(2_600_002);
    expect(figures.cofinancingCents).toBe(250_000);
    expect(figures.grantRequestedCents).toBe(2_350_002);
    expect(figures.grantShareBp).toBe(9_038); // 90.38…%, rounded down
    expect(figures.subtotalsByCategory).toMatchObject({
      human_resources: 1_800_000,
      travel: 700_003,
      equipment: 99_999,
      other: 0,
    });
    expect(figures.problems.map((p) => p.code)).toEqual(['grant_above_cost_share']);
  });

  it('agrees with the domain at the limits: 90% passes, one cent more does not', () => {
    expect(codes([line({ quantity: 1, unitCostCents: 6_000_000, ownContributionCents: 600_000 })])).toEqual([]);
    expect(codes([line({ quantity: 1, unitCostCents: 6_000_000, ownContributionCents: 599_999 })])).toEqual([
      'grant_above_cost_share',
    ]);
  });

  it('warns below the minimum and above the maximum grant', () => {
    expect(codes([line({ quantity: 1, unitCostCents: 1_000_000, ownContributionCents: 100_001 })])).toEqual([
      'grant_below_minimum',
    ]);
    expect(codes([line({ quantity: 1, unitCostCents: 7_000_000, ownContributionCents: 700_000 })])).toEqual([
      'grant_above_maximum',
    ]);
  });

  it('leaves lines that cannot be totalled out of the totals but names them', () => {
    const figures = budgetFigures(
      [line(), line({ quantity: 0 }), line({ unitCostCents: 0, description: '' })],
      PRAG_DEFAULT_GRANT_LIMITS,
    );

    expect(figures.lineTotalsCents).toEqual([1_800_000, null, null]);
    expect(figures.totalCents).toBe(1_800_000);
    expect(figures.problems.filter((p) => p.code === 'line_invalid')).toHaveLength(3);
  });

  it('has no share and no verdict without lines or limits', () => {
    const empty = budgetFigures([], null);
    expect(empty).toMatchObject({ totalCents: 0, grantRequestedCents: 0, grantShareBp: null, problems: [] });
    expect(budgetFigures([], PRAG_DEFAULT_GRANT_LIMITS).problems.map((p) => p.code)).toEqual([
      'no_lines',
      'grant_below_minimum',
    ]);
  });

  it("takes the call's limits as the domain wants them", () => {
    expect(grantLimitsOf({ minGrantCents: 1, maxGrantCents: 2, maxCofinancingShareBp: 3 })).toEqual({
      minGrantCents: 1,
      maxGrantCents: 2,
      maxCofinancingShareBp: 3,
    });
    expect(grantLimitsOf(null)).toBeNull();
  });
});
