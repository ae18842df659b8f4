/**
 * An application's budget (DESIGN §3): the CSO types lines and the grant it asks for; everything else
 * (line totals, subtotals, total eligible costs, co-financing, the grant's share) is derived here, so
 * the portal's live totals, the API's submission check and the frozen snapshot can never disagree.
 */
import {
  type Cents,
  MoneyError,
  assertCents,
  lineTotalCents,
  percentOfCents,
  shareBasisPoints,
  sumCents,
} from './money';

export const BUDGET_CATEGORIES = [
  'human_resources',
  'travel',
  'equipment',
  'local_office',
  'services',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export function isBudgetCategory(value: unknown): value is BudgetCategory {
  return typeof value === 'string' && (BUDGET_CATEGORIES as readonly string[]).includes(value);
}

export interface BudgetLine {
  category: BudgetCategory;
  description: string;
  /** What one unit is: "month", "trip", "laptop"… */
  unit: string;
  /** Up to 2 decimals (2.5 months). */
  quantity: number;
  unitCostCents: Cents;
}

/** A call's (lot's) limits on the grant. */
export interface GrantLimits {
  minGrantCents: Cents;
  maxGrantCents: Cents;
  /**
   * The largest share of total eligible costs the grant may cover, in basis points (9000 = 90%); the
   * CSO co-finances the rest.
   */
  maxCofinancingShareBp: number;
}

/** The demo call's PRAG defaults (DESIGN §3): EUR 10,000–60,000, at most 90% of eligible costs. */
export const PRAG_DEFAULT_GRANT_LIMITS: Readonly<GrantLimits> = {
  minGrantCents: 1_000_000,
  maxGrantCents: 6_000_000,
  maxCofinancingShareBp: 9_000,
};

/** Restricted calls: the full application's grant stays within ±20% of the concept note's. */
export const CONCEPT_NOTE_TOLERANCE_BP = 2_000;

export interface BudgetSummary {
  /** One per line, in the order of the lines. */
  lineTotalsCents: Cents[];
  /** Every category is present (0 when it has no lines), so a table can list them all. */
  subtotalsByCategory: Record<BudgetCategory, Cents>;
  totalEligibleCents: Cents;
  grantRequestedCents: Cents;
  /** total − grant; negative when the grant exceeds the total (which `budgetProblems` reports). */
  cofinancingCents: Cents;
  /** grant / total in basis points, rounded down; null while the total is 0. */
  grantShareBp: number | null;
}

export type BudgetLineField = 'category' | 'description' | 'unit' | 'quantity' | 'unitCostCents';
export type BudgetLineFault =
  'required' | 'unknown_category' | 'not_positive' | 'too_many_decimals' | 'not_whole_cents' | 'too_large';

export type BudgetProblem =
  | { code: 'no_lines' }
  | { code: 'line_invalid'; lineIndex: number; field: BudgetLineField; fault: BudgetLineFault }
  | { code: 'grant_below_minimum'; grantCents: Cents; minGrantCents: Cents }
  | { code: 'grant_above_maximum'; grantCents: Cents; maxGrantCents: Cents }
  | {
      code: 'grant_above_cost_share';
      grantCents: Cents;
      grantShareBp: number;
      maxShareBp: number;
      maxAllowedGrantCents: Cents;
    }
  | { code: 'grant_above_total'; grantCents: Cents; totalEligibleCents: Cents }
  | { code: 'total_zero' };

export type BudgetProblemCode = BudgetProblem['code'];

/**
 * The totals of the lines as they stand; whether they may be submitted is `budgetProblems`' call.
 * Throws `MoneyError` on what cannot be totalled at all: an unknown category, a quantity with more
 * than 2 decimals, a unit cost or sum that is not safe whole cents.
 */
export function deriveBudget(lines: readonly BudgetLine[], grantRequestedCents: Cents): BudgetSummary {
  assertCents(grantRequestedCents, 'grant requested');
  const unknown = lines.find((line) => !isBudgetCategory(line.category));
  if (unknown) throw new MoneyError(`unknown budget category ${String(unknown.category)}`);
  const lineTotalsCents = lines.map((line) => lineTotalCents(line.quantity, line.unitCostCents));
  const subtotalsByCategory = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, 0])) as Record<BudgetCategory, Cents>;
  lines.forEach((line, index) => {
    subtotalsByCategory[line.category] = sumCents([subtotalsByCategory[line.category], lineTotalsCents[index]]);
  });
  const totalEligibleCents = sumCents(lineTotalsCents);
  return {
    lineTotalsCents,
    subtotalsByCategory,
    totalEligibleCents,
    grantRequestedCents,
    cofinancingCents: totalEligibleCents - grantRequestedCents,
    grantShareBp: totalEligibleCents > 0 ? shareBasisPoints(grantRequestedCents, totalEligibleCents) : null,
  };
}

/** Every fault of one line; a person fixes them all in one go. */
export function budgetLineProblems(line: BudgetLine, lineIndex: number): BudgetProblem[] {
  const faults: { field: BudgetLineField; fault: BudgetLineFault }[] = [];
  if (!isBudgetCategory(line.category)) faults.push({ field: 'category', fault: 'unknown_category' });
  if (typeof line.description !== 'string' || line.description.trim() === '')
    faults.push({ field: 'description', fault: 'required' });
  if (typeof line.unit !== 'string' || line.unit.trim() === '') faults.push({ field: 'unit', fault: 'required' });

  const quantityFault = quantityProblem(line.quantity);
  if (quantityFault) faults.push({ field: 'quantity', fault: quantityFault });
  const costFault = unitCostProblem(line.unitCostCents);
  if (costFault) faults.push({ field: 'unitCostCents', fault: costFault });

  if (!quantityFault && !costFault) {
    try {
      lineTotalCents(line.quantity, line.unitCostCents);
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      faults.push({ field: 'unitCostCents', fault: 'too_large' });
    }
  }
  return faults.map(({ field, fault }) => ({ code: 'line_invalid', lineIndex, field, fault }));
}

function quantityProblem(quantity: number): BudgetLineFault | null {
  if (!(Number.isFinite(quantity) && quantity > 0)) return 'not_positive';
  return Math.abs(quantity * 100 - Math.round(quantity * 100)) > 1e-6 ? 'too_many_decimals' : null;
}

function unitCostProblem(unitCostCents: Cents): BudgetLineFault | null {
  if (!Number.isSafeInteger(unitCostCents)) return Number.isInteger(unitCostCents) ? 'too_large' : 'not_whole_cents';
  return unitCostCents > 0 ? null : 'not_positive';
}

/**
 * Every reason the budget cannot be submitted, in a stable order; empty when it adds up. The grant
 * limits are checked even while lines are faulty; the checks against the total wait until every line
 * is valid, since a total of faulty lines means nothing. A grant above the total is reported as such
 * rather than also as "above the cost share", which it then always is.
 *
 * Throws `MoneyError` when the grant is not whole cents or the limits are malformed: those come from
 * DTO validation and the call's configuration, not from a person fixing a form.
 */
export function budgetProblems(
  lines: readonly BudgetLine[],
  grantRequestedCents: Cents,
  limits: GrantLimits,
): BudgetProblem[] {
  assertCents(grantRequestedCents, 'grant requested');
  assertGrantLimits(limits);
  const problems: BudgetProblem[] = [];
  if (lines.length === 0) problems.push({ code: 'no_lines' });
  const lineProblems = lines.flatMap((line, index) => budgetLineProblems(line, index));
  problems.push(...lineProblems);

  const { minGrantCents, maxGrantCents } = limits;
  const grantCents = grantRequestedCents;
  if (grantCents < minGrantCents) problems.push({ code: 'grant_below_minimum', grantCents, minGrantCents });
  if (grantCents > maxGrantCents) problems.push({ code: 'grant_above_maximum', grantCents, maxGrantCents });
  if (lines.length === 0 || lineProblems.length > 0) return problems;

  const { totalEligibleCents, grantShareBp } = deriveBudget(lines, grantCents);
  const maxShareBp = limits.maxCofinancingShareBp;
  const maxAllowedGrantCents = maxGrantForTotal(totalEligibleCents, maxShareBp);
  if (totalEligibleCents === 0) {
    problems.push({ code: 'total_zero' });
  } else if (grantCents > totalEligibleCents) {
    problems.push({ code: 'grant_above_total', grantCents, totalEligibleCents });
  } else if (grantCents > maxAllowedGrantCents) {
    problems.push({
      code: 'grant_above_cost_share',
      grantCents,
      grantShareBp: grantShareBp ?? 0,
      maxShareBp,
      maxAllowedGrantCents,
    });
  }
  return problems;
}

/**
 * The largest grant a total of eligible costs allows, rounded down: grant ≤ this ⇔ grant/total ≤ share
 * exactly (comparing rounded-down shares in basis points would let a grant a fraction above through).
 * Exact for totals up to CALL_LIMITS.amountMaxCents (total × basis points stays a safe integer).
 */
export function maxGrantForTotal(totalEligibleCents: Cents, maxShareBp: number): Cents {
  return percentOfCents(totalEligibleCents, maxShareBp);
}

export function assertGrantLimits(limits: GrantLimits): void {
  assertCents(limits.minGrantCents, 'minimum grant');
  assertCents(limits.maxGrantCents, 'maximum grant');
  if (limits.minGrantCents < 0 || limits.minGrantCents > limits.maxGrantCents) {
    throw new MoneyError('grant limits need 0 ≤ minimum ≤ maximum');
  }
  const bp = limits.maxCofinancingShareBp;
  if (!Number.isInteger(bp) || bp <= 0 || bp > 10_000)
    throw new MoneyError('the maximum share must be 1–10000 basis points');
}

/** The grants a full application may request after a concept note, both ends included. */
export function conceptNoteToleranceRange(
  conceptNoteGrantCents: Cents,
  toleranceBp = CONCEPT_NOTE_TOLERANCE_BP,
): { minCents: Cents; maxCents: Cents } {
  assertCents(conceptNoteGrantCents, 'concept note grant');
  if (!Number.isInteger(toleranceBp) || toleranceBp < 0 || toleranceBp > 10_000)
    throw new MoneyError('tolerance must be 0–10000 basis points');
  return {
    // The lower end rounds up and the upper end down, so no amount outside ±20% is ever let in.
    minCents: Math.ceil((conceptNoteGrantCents * (10_000 - toleranceBp)) / 10_000),
    maxCents: Math.floor((conceptNoteGrantCents * (10_000 + toleranceBp)) / 10_000),
  };
}

/** Restricted calls (DESIGN §3): the full application's grant within ±20% of the concept note's. */
export function withinConceptNoteTolerance(
  fullApplicationGrantCents: Cents,
  conceptNoteGrantCents: Cents,
  toleranceBp = CONCEPT_NOTE_TOLERANCE_BP,
): boolean {
  assertCents(fullApplicationGrantCents, 'full application grant');
  const { minCents, maxCents } = conceptNoteToleranceRange(conceptNoteGrantCents, toleranceBp);
  return fullApplicationGrantCents >= minCents && fullApplicationGrantCents <= maxCents;
}
