import { BudgetLineContent } from '@skema/contracts';
import {
  BUDGET_CATEGORIES,
  BudgetCategory,
  BudgetLine,
  BudgetProblem,
  GrantLimits,
  budgetProblems,
  isBudgetCategory,
  lineTotalCents,
  shareBasisPoints,
  sumCents,
} from '@skema/domain';

/** What the budget editor shows as the person types; every amount is exact integer cents. */
export interface BudgetFigures {
  /** Per line, in order; null for a line that cannot be totalled yet (missing or invalid numbers). */
  readonly lineTotalsCents: readonly (number | null)[];
  readonly totalCents: number;
  /** Σ (line total − own contribution), as the API computes it at submission. */
  readonly grantRequestedCents: number;
  /** Σ own contributions: what the CSO or other donors pay. */
  readonly cofinancingCents: number;
  /** grant ÷ total in basis points, rounded down; null while the total is 0. */
  readonly grantShareBp: number | null;
  readonly subtotalsByCategory: Readonly<Record<BudgetCategory, number>>;
  /** The domain's verdict against the call's limits (empty without limits); the API checks the same. */
  readonly problems: readonly BudgetProblem[];
}

function totalOf(line: BudgetLineContent): number | null {
  try {
    const total = lineTotalCents(line.quantity, line.unitCostCents);
    return line.quantity > 0 && line.unitCostCents > 0 ? total : null;
  } catch {
    return null;
  }
}

/**
 * The derived figures of a budget. Lines that cannot be totalled yet count for nothing rather than
 * making the whole budget unreadable; `problems` still names them (line_invalid) for the checklist.
 */
export function budgetFigures(lines: readonly BudgetLineContent[], limits: GrantLimits | null): BudgetFigures {
  const lineTotalsCents = lines.map(totalOf);
  const subtotals = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, 0])) as Record<BudgetCategory, number>;
  let totalCents = 0;
  let cofinancingCents = 0;
  lines.forEach((line, index) => {
    const total = lineTotalsCents[index];
    if (total === null) return;
    totalCents = sumCents([totalCents, total]);
    cofinancingCents = sumCents([cofinancingCents, ownContributionOf(line)]);
    if (isBudgetCategory(line.category)) subtotals[line.category] = sumCents([subtotals[line.category], total]);
  });
  const grantRequestedCents = totalCents - cofinancingCents;
  return {
    lineTotalsCents,
    totalCents,
    grantRequestedCents,
    cofinancingCents,
    grantShareBp: totalCents > 0 && grantRequestedCents >= 0 ? shareBasisPoints(grantRequestedCents, totalCents) : null,
    subtotalsByCategory: subtotals,
    problems: limits ? problemsAgainst(lines, grantRequestedCents, limits) : [],
  };
}

function ownContributionOf(line: BudgetLineContent): number {
  const own = line.ownContributionCents ?? 0;
  return Number.isSafeInteger(own) && own > 0 ? own : 0;
}

function problemsAgainst(
  lines: readonly BudgetLineContent[],
  grantCents: number,
  limits: GrantLimits,
): BudgetProblem[] {
  try {
    // The category is checked at run time by the domain (`unknown_category`), as on the API.
    return budgetProblems(lines as readonly BudgetLine[], grantCents, limits);
  } catch {
    // Malformed call limits are the programme manager's to fix, not the applicant's.
    return [];
  }
}

/** The call's limits as the domain takes them, when the call is known. */
export function grantLimitsOf(
  call: { minGrantCents: number; maxGrantCents: number; maxCofinancingShareBp: number } | null,
): GrantLimits | null {
  return call
    ? {
        minGrantCents: call.minGrantCents,
        maxGrantCents: call.maxGrantCents,
        maxCofinancingShareBp: call.maxCofinancingShareBp,
      }
    : null;
}
