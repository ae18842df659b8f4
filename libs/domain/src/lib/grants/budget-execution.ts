/**
 * Budget execution of one grant (DESIGN §3, issue 6): per approved budget line, what was approved,
 * spent per the approved reports, and what remains; and the limits on reallocating the budget by an
 * amendment (decision 0016).
 */
import type { ReportKind, ReportStatus } from '@skema/contracts';
import { isBudgetCategory } from '../budget';
import { type Cents, sumCents } from '../money';
import { assertNonNegativeCents, mulDivFloor } from './amounts';
import { GrantRuleError } from './grant-rule-error';

/**
 * How far a line (and a budget heading) may move without a formal addendum: 25% of its approved
 * amount, PRAG's tolerance (General Conditions art. 9.4).
 */
export const REALLOCATION_TOLERANCE_BP = 2_500;

/** One approved line of a grant's budget (`grants.budget`: the frozen submission, then amendments). */
export interface ApprovedBudgetLine {
  /** Stable across amendments: reports and amendments name the line by it. */
  key: string;
  category: string;
  description: string;
  approvedCents: Cents;
}

/** What a report declares spent on one line in its own period. */
export interface ReportExpenditureLine {
  lineKey: string;
  spentCents: Cents;
}

export interface ReportWithExpenditure {
  kind: ReportKind;
  sequence: number;
  status: ReportStatus;
  expenditure: readonly ReportExpenditureLine[];
}

export interface BudgetLineExecution extends ApprovedBudgetLine {
  /** Σ over the approved reports. */
  spentCents: Cents;
  /** approved − spent; negative when the line is overspent (the CSO's own money beyond the budget). */
  remainingCents: Cents;
}

export interface BudgetExecution {
  /** In the order of the budget. */
  lines: BudgetLineExecution[];
  approvedCents: Cents;
  spentCents: Cents;
  remainingCents: Cents;
}

/**
 * Per line and in total: approved, spent and remaining. Only approved reports count: a submitted one
 * may still be returned. Each report declares its own period, so a line's spending is the sum over the
 * approved reports (cumulative). Throws `GrantRuleError` when a line key repeats or an approved report
 * spends on a line the budget does not have, `MoneyError` on amounts that are not whole cents ≥ 0.
 */
export function budgetExecution(
  lines: readonly ApprovedBudgetLine[],
  reports: readonly ReportWithExpenditure[],
): BudgetExecution {
  const spent = new Map<string, Cents>();
  for (const line of lines) {
    if (spent.has(line.key)) throw new GrantRuleError(`budget line ${line.key} is listed twice`);
    assertNonNegativeCents(line.approvedCents, `approved amount of line ${line.key}`);
    spent.set(line.key, 0);
  }
  for (const report of reports) {
    const name = `${report.kind} report ${report.sequence}`;
    for (const item of report.expenditure) {
      assertNonNegativeCents(item.spentCents, `spending of ${name} on line ${item.lineKey}`);
      const sofar = spent.get(item.lineKey);
      if (sofar === undefined) throw new GrantRuleError(`${name} spends on unknown budget line ${item.lineKey}`);
      if (report.status === 'approved') spent.set(item.lineKey, sumCents([sofar, item.spentCents]));
    }
  }
  const executed = lines.map((line) => {
    const spentCents = spent.get(line.key) ?? 0;
    return { ...line, spentCents, remainingCents: line.approvedCents - spentCents };
  });
  const approvedCents = sumCents(executed.map((line) => line.approvedCents));
  const spentCents = sumCents(executed.map((line) => line.spentCents));
  return { lines: executed, approvedCents, spentCents, remainingCents: approvedCents - spentCents };
}

/** A line before the amendment, with what was spent on it (`budgetExecution`'s lines fit). */
export interface BudgetLineBeforeAmendment extends ApprovedBudgetLine {
  spentCents?: Cents;
}

export type ReallocationProblem =
  | { code: 'line_removed'; key: string }
  | { code: 'line_duplicated'; key: string }
  | { code: 'line_amount_invalid'; key: string; amountCents: number }
  | { code: 'line_category_changed'; key: string; fromCategory: string; toCategory: string }
  | { code: 'line_category_unknown'; key: string; category: string }
  | { code: 'new_line_without_description'; key: string }
  | { code: 'total_changed'; beforeCents: Cents; afterCents: Cents }
  | {
      code: 'line_change_above_tolerance';
      key: string;
      approvedCents: Cents;
      newCents: Cents;
      /** The largest change allowed either way (25% of the approved amount, rounded down). */
      maxChangeCents: Cents;
    }
  | {
      code: 'category_change_above_tolerance';
      category: string;
      approvedCents: Cents;
      newCents: Cents;
      maxChangeCents: Cents;
    }
  | { code: 'line_below_spent'; key: string; newCents: Cents; spentCents: Cents };

export type ReallocationProblemCode = ReallocationProblem['code'];

/**
 * Every reason an amendment's budget cannot replace the approved one, in a stable order; empty when it
 * may (decision 0016):
 * - the same lines: none removed or listed twice; a line keeps its category; a new line (new key)
 *   needs a description and a known category;
 * - the total eligible budget unchanged (the award is a share of it: moving it would move the
 *   co-financing rate the award was decided on);
 * - no existing line moved by more than 25% of its approved amount, and no budget heading (category)
 *   either, which is PRAG's own measure and keeps new lines from growing a heading beyond it;
 * - no line below what the approved reports already spent on it.
 * Exactly 25% passes. When an amount is not whole cents ≥ 0, only the line problems are listed, since
 * totals of such amounts mean nothing.
 */
export function reallocationProblems(
  before: readonly BudgetLineBeforeAmendment[],
  after: readonly ApprovedBudgetLine[],
  toleranceBp = REALLOCATION_TOLERANCE_BP,
): ReallocationProblem[] {
  if (!Number.isInteger(toleranceBp) || toleranceBp < 0 || toleranceBp > 10_000) {
    throw new GrantRuleError('the reallocation tolerance must be 0–10000 basis points');
  }
  const original = new Map<string, BudgetLineBeforeAmendment>();
  for (const line of before) {
    if (original.has(line.key)) throw new GrantRuleError(`approved budget line ${line.key} is listed twice`);
    assertNonNegativeCents(line.approvedCents, `approved amount of line ${line.key}`);
    assertNonNegativeCents(line.spentCents ?? 0, `spending on line ${line.key}`);
    original.set(line.key, line);
  }
  const problems = lineProblems(original, after);
  if (problems.some((problem) => problem.code === 'line_amount_invalid')) return problems;
  return [...problems, ...amountProblems(before, after, toleranceBp)];
}

/** Which lines there are and how they are described: removed, repeated, recategorised, new. */
function lineProblems(
  original: ReadonlyMap<string, BudgetLineBeforeAmendment>,
  after: readonly ApprovedBudgetLine[],
): ReallocationProblem[] {
  const problems: ReallocationProblem[] = [];
  const afterKeys = new Set<string>();
  for (const line of after) {
    if (afterKeys.has(line.key)) problems.push({ code: 'line_duplicated', key: line.key });
    afterKeys.add(line.key);
  }
  for (const key of original.keys()) if (!afterKeys.has(key)) problems.push({ code: 'line_removed', key });

  for (const { key, category, description, approvedCents } of after) {
    if (!Number.isSafeInteger(approvedCents) || approvedCents < 0) {
      problems.push({ code: 'line_amount_invalid', key, amountCents: approvedCents });
    }
    const old = original.get(key);
    if (old && old.category !== category) {
      problems.push({ code: 'line_category_changed', key, fromCategory: old.category, toCategory: category });
    }
    if (!old && !isBudgetCategory(category)) problems.push({ code: 'line_category_unknown', key, category });
    if (!old && (typeof description !== 'string' || description.trim() === '')) {
      problems.push({ code: 'new_line_without_description', key });
    }
  }
  return problems;
}

/** The money: the total kept, lines and headings within the tolerance, no line below its spending. */
function amountProblems(
  before: readonly BudgetLineBeforeAmendment[],
  after: readonly ApprovedBudgetLine[],
  toleranceBp: number,
): ReallocationProblem[] {
  const problems: ReallocationProblem[] = [];
  const beforeCents = sumCents(before.map((line) => line.approvedCents));
  const afterCents = sumCents(after.map((line) => line.approvedCents));
  if (afterCents !== beforeCents) problems.push({ code: 'total_changed', beforeCents, afterCents });

  const kept = before.filter((line) => after.some((other) => other.key === line.key));
  // A repeated key (reported above) counts with every amount it was given.
  const newAmount = (key: string) =>
    sumCents(after.filter((line) => line.key === key).map((line) => line.approvedCents));
  for (const { key, approvedCents } of kept) {
    const newCents = newAmount(key);
    const maxChangeCents = maxChange(approvedCents, toleranceBp);
    if (Math.abs(newCents - approvedCents) > maxChangeCents) {
      problems.push({ code: 'line_change_above_tolerance', key, approvedCents, newCents, maxChangeCents });
    }
  }
  for (const category of categoriesOf(before, after)) {
    const approvedCents = sumCents(before.filter((l) => l.category === category).map((l) => l.approvedCents));
    const newCents = sumCents(after.filter((l) => l.category === category).map((l) => l.approvedCents));
    const maxChangeCents = maxChange(approvedCents, toleranceBp);
    if (Math.abs(newCents - approvedCents) > maxChangeCents) {
      problems.push({ code: 'category_change_above_tolerance', category, approvedCents, newCents, maxChangeCents });
    }
  }
  for (const { key, spentCents = 0 } of kept) {
    const newCents = newAmount(key);
    if (newCents < spentCents) problems.push({ code: 'line_below_spent', key, newCents, spentCents });
  }
  return problems;
}

/**
 * The largest change of an amount within the tolerance, rounded down: for whole cents,
 * |change| > ⌊amount × bp ÷ 10000⌋ exactly when |change| > amount × bp ÷ 10000.
 */
function maxChange(amountCents: Cents, toleranceBp: number): Cents {
  return mulDivFloor(amountCents, toleranceBp, 10_000);
}

/** Categories in order of first appearance, the approved budget's first. */
function categoriesOf(before: readonly ApprovedBudgetLine[], after: readonly ApprovedBudgetLine[]): string[] {
  return [...new Set([...before, ...after].map((line) => line.category))];
}
