/**
 * Whether a tranche may be paid now, and how much (DESIGN §3, issue 6, decision 0016). The server asks
 * this before a finance officer prepares a payment, and the portal shows the same answer as reasons;
 * the database then holds what must hold under concurrency (once-only, the award ceiling, four eyes).
 */
import {
  type GrantStatus,
  type PaymentStatus,
  type ReportKind,
  type ReportStatus,
  TRANCHE_BLOCKS,
  type TrancheBlock,
  type TrancheKind,
} from '@skema/contracts';
import { type Cents, sumCents } from '../money';
import { assertNonNegativeCents, assertPositiveCents, mulDivFloor } from './amounts';
import { isPayableGrantStatus } from './grant-lifecycle';
import { GrantRuleError } from './grant-rule-error';
import { isLivePaymentStatus } from './payment-lifecycle';
import type { ReportRef } from './schedule';

/** An interim tranche needs 70% of the previous tranche spent (and all of those before it). */
export const INTERIM_SPENDING_THRESHOLD_BP = 7_000;

/** `none` when the tranche has no payment yet. */
export type TranchePaymentStatus = 'none' | PaymentStatus;

export interface TrancheState {
  sequence: number;
  kind: TrancheKind;
  plannedCents: Cents;
  releasedByReport: ReportRef | null;
  /**
   * The tranche's payment: the live one (requested, approved or paid — there is at most one), else
   * `rejected` when every attempt was rejected, else `none`.
   */
  paymentStatus: TranchePaymentStatus;
  /** That payment's amount; 0 with `none`. */
  paymentCents: Cents;
}

export interface ReportState {
  kind: ReportKind;
  sequence: number;
  status: ReportStatus;
  /**
   * The eligible costs spent from the grant's start to the end of this report's period (cumulative;
   * `cumulativeReportSpending` makes it from each report's own period).
   */
  spentCents: Cents;
}

/** What the rules need to know of a grant's money (the tranche asked about aside). */
export interface GrantMoneyState {
  grantStatus: GrantStatus;
  awardCents: Cents;
  /** The grant's total eligible budget, of which the award is a share (Σ approved budget lines). */
  totalEligibleCents: Cents;
  tranches: readonly TrancheState[];
  reports: readonly ReportState[];
}

export interface TrancheConditionInput extends GrantMoneyState {
  /** The tranche asked about. */
  trancheSequence: number;
}

export interface TrancheEvaluation {
  /** Every reason it cannot be paid now, in the order of `TRANCHE_BLOCKS`; empty when it can. */
  blocks: TrancheBlock[];
  /** What may be paid now; 0 while blocked. */
  payableCents: Cents;
  /**
   * What the tranche would pay once unblocked: its planned amount (within the room left in the award),
   * or for the balance, once the final report is approved, the grant's share of eligible costs less
   * what the other tranches paid (may be ≤ 0; null until then). Shown to finance beside the reasons.
   */
  dueCents: Cents | null;
}

/** The per-period figures of a report, as the grantee declares them (`grant_reports.spent_cents`). */
export interface PeriodReport {
  kind: ReportKind;
  sequence: number;
  status: ReportStatus;
  /** Eligible costs spent in this report's own period. */
  spentCents: Cents;
}

/**
 * Every tranche is judged by the same rules (decision 0016):
 * - `grant_not_active`: the grant is not `contracted` or `in_implementation`.
 * - `already_paid`: the tranche has a payment that is not rejected (requested and approved ones too: a
 *   tranche is paid once).
 * - `previous_tranche_unpaid`: the tranche before it is not paid. For the balance: another tranche has
 *   a payment under way (the balance is computed from what was paid), or, until the final report is
 *   approved, the tranche before it is not paid.
 * - `interim_report_missing` / `interim_report_underspent`: an interim tranche needs its approved
 *   interim report, whose grant-funded spending (`grantFundedCents`) covers 100% of the tranches paid
 *   before the previous one plus 70% of the previous one (exactly 70% passes).
 * - `final_report_missing`: the balance needs the approved final report.
 * - `nothing_left_to_pay`: the balance's share of eligible costs is already paid (a recovery is then
 *   due, `recoveryCents`); or, once the final report is approved, another tranche that was never paid
 *   is settled by the balance instead; or the award has no room left for the tranche.
 * Throws `GrantRuleError`/`MoneyError` on input no person could produce (see `assertGrantMoneyState`).
 */
export function evaluateTranche(input: TrancheConditionInput): TrancheEvaluation {
  assertGrantMoneyState(input);
  const tranche = input.tranches.find((candidate) => candidate.sequence === input.trancheSequence);
  if (!tranche) throw new GrantRuleError(`the grant has no tranche ${input.trancheSequence}`);

  const blocks = new Set<TrancheBlock>();
  if (!isPayableGrantStatus(input.grantStatus)) blocks.add('grant_not_active');
  if (isLive(tranche)) blocks.add('already_paid');
  const dueCents =
    tranche.kind === 'balance' ? balanceDue(input, tranche, blocks) : scheduledDue(input, tranche, blocks);

  const ordered = TRANCHE_BLOCKS.filter((block) => blocks.has(block));
  return { blocks: ordered, payableCents: ordered.length === 0 && dueCents !== null ? dueCents : 0, dueCents };
}

/** Pre-financing and interim tranches: their planned amount, within the room left in the award. */
function scheduledDue(input: TrancheConditionInput, tranche: TrancheState, blocks: Set<TrancheBlock>): Cents {
  const earlier = earlierTranches(input, tranche);
  const previous = earlier.at(-1);
  if (previous && previous.paymentStatus !== 'paid') blocks.add('previous_tranche_unpaid');
  if (tranche.kind === 'interim') {
    const report = approvedReport(input, tranche.releasedByReport);
    if (!report) blocks.add('interim_report_missing');
    else if (!coversPreviousTranches(report, earlier, input)) blocks.add('interim_report_underspent');
  }
  const others = input.tranches.filter((other) => other !== tranche);
  const room = input.awardCents - sumCents(others.filter(isLive).map((other) => other.paymentCents));
  const dueCents = Math.min(tranche.plannedCents, room);
  // Once the final report is approved, the balance settles whatever was never paid.
  const settledByBalance = !isLive(tranche) && finalReportApproved(input);
  if (dueCents <= 0 || settledByBalance) blocks.add('nothing_left_to_pay');
  return dueCents;
}

/** The balance: the grant's share of the final report's eligible costs, less what the others paid. */
function balanceDue(input: TrancheConditionInput, tranche: TrancheState, blocks: Set<TrancheBlock>): Cents | null {
  const others = input.tranches.filter((other) => other !== tranche);
  const underWay = others.some((other) => other.paymentStatus === 'requested' || other.paymentStatus === 'approved');
  if (underWay) blocks.add('previous_tranche_unpaid');
  const finalReport = approvedReport(input, tranche.releasedByReport);
  if (!finalReport) {
    const previous = earlierTranches(input, tranche).at(-1);
    if (previous && previous.paymentStatus !== 'paid') blocks.add('previous_tranche_unpaid');
    blocks.add('final_report_missing');
    return null;
  }
  const dueCents =
    grantFundedCents(finalReport.spentCents, input.awardCents, input.totalEligibleCents) - paidCents(others);
  if (dueCents <= 0) blocks.add('nothing_left_to_pay');
  return dueCents;
}

/** Every reason the tranche cannot be paid now, in the order of `TRANCHE_BLOCKS` (see `evaluateTranche`). */
export function trancheBlocks(input: TrancheConditionInput): TrancheBlock[] {
  return evaluateTranche(input).blocks;
}

/**
 * What may be paid on the tranche now, in cents; 0 while anything blocks it. The planned amount, or
 * for the balance: min(award, the grant's share of the final report's eligible costs) − Σ paid on the
 * other tranches.
 */
export function payableCents(input: TrancheConditionInput): Cents {
  return evaluateTranche(input).payableCents;
}

/**
 * The grant's share of eligible costs spent: spent × award ÷ total eligible budget, rounded down, and
 * never more than the award (costs above the budget are the CSO's own). The grant covers each euro
 * spent in the proportion it covers the budget; the rest is the CSO's co-financing.
 */
export function grantFundedCents(spentCents: Cents, awardCents: Cents, totalEligibleCents: Cents): Cents {
  assertNonNegativeCents(spentCents, 'spent');
  assertPositiveCents(awardCents, 'award');
  assertPositiveCents(totalEligibleCents, 'total eligible budget');
  return Math.min(awardCents, mulDivFloor(spentCents, awardCents, totalEligibleCents));
}

/**
 * What the final settlement says the grant is owed: its share of the eligible costs in the approved
 * final report (capped at the award). Null until that report is approved.
 */
export function finalEligibleGrantCents(state: GrantMoneyState): Cents | null {
  assertGrantMoneyState(state);
  const finalReport = state.reports.find((report) => report.kind === 'final' && report.status === 'approved');
  return finalReport ? grantFundedCents(finalReport.spentCents, state.awardCents, state.totalEligibleCents) : null;
}

/**
 * What the grantee must pay back: Σ paid − the grant's share of the final report's eligible costs,
 * when positive (pre-financing spent on less than it covered, or costs found ineligible). 0 before the
 * final report is approved. It counts paid money only, so it is final once no payment is under way.
 */
export function recoveryCents(state: GrantMoneyState): Cents {
  const eligible = finalEligibleGrantCents(state);
  return eligible === null ? 0 : Math.max(0, paidCents(state.tranches) - eligible);
}

/** The award is exceeded: `committedCents + amountCents > awardCents`. */
export class AwardExceededError extends Error {
  constructor(
    readonly awardCents: Cents,
    readonly committedCents: Cents,
    readonly amountCents: Cents,
  ) {
    super(`a payment of ${amountCents} cents on top of ${committedCents} committed exceeds the award of ${awardCents}`);
    this.name = 'AwardExceededError';
  }
}

/**
 * The ceiling of DESIGN §3: approved and paid payments never exceed the award. Call it with the grant
 * row locked and `committedCents` read under that lock; the database's CHECK is the last word.
 * Throws `AwardExceededError`, or `MoneyError` on amounts that are not whole cents or a non-positive
 * payment.
 */
export function assertWithinAward(awardCents: Cents, committedCents: Cents, amountCents: Cents): void {
  assertPositiveCents(awardCents, 'award');
  assertNonNegativeCents(committedCents, 'committed');
  assertPositiveCents(amountCents, 'payment amount');
  if (committedCents + amountCents > awardCents) throw new AwardExceededError(awardCents, committedCents, amountCents);
}

/**
 * Reports with cumulative spending, as `ReportState` wants it, from each report's own period: a
 * report's figure is the approved reports before it (interim ones by sequence, then the final) plus
 * its own, whatever its status, so a report under review is judged on what it would make true.
 */
export function cumulativeReportSpending(reports: readonly PeriodReport[]): ReportState[] {
  const order = (report: PeriodReport) => (report.kind === 'final' ? Number.MAX_SAFE_INTEGER : report.sequence);
  const sorted = [...reports].sort((a, b) => order(a) - order(b));
  let approvedSoFar = 0;
  const cumulative = new Map<PeriodReport, Cents>();
  for (const report of sorted) {
    assertNonNegativeCents(report.spentCents, `spending of ${report.kind} report ${report.sequence}`);
    cumulative.set(report, sumCents([approvedSoFar, report.spentCents]));
    if (report.status === 'approved') approvedSoFar = sumCents([approvedSoFar, report.spentCents]);
  }
  return reports.map((report) => ({ ...report, spentCents: cumulative.get(report) ?? 0 }));
}

/**
 * Throws on a state no person could produce: amounts that are not whole cents ≥ 0, an award or budget
 * that is not positive, tranche sequences or report references listed twice, a tranche released by
 * the wrong kind of report (pre-financing by none, interim by an interim report, the balance by the
 * final one), more than one balance, a payment status that is not one.
 */
export function assertGrantMoneyState(state: GrantMoneyState): void {
  assertPositiveCents(state.awardCents, 'award');
  assertPositiveCents(state.totalEligibleCents, 'total eligible budget');
  const sequences = new Set<number>();
  for (const tranche of state.tranches) {
    const name = `tranche ${tranche.sequence}`;
    if (!Number.isSafeInteger(tranche.sequence) || sequences.has(tranche.sequence)) {
      throw new GrantRuleError(`${name} is listed twice or is not a whole number`);
    }
    sequences.add(tranche.sequence);
    assertNonNegativeCents(tranche.plannedCents, `${name} planned`);
    assertNonNegativeCents(tranche.paymentCents, `${name} payment`);
    if (!PAYMENT_STATES.includes(tranche.paymentStatus)) {
      throw new GrantRuleError(`${name} has an unknown payment status ${String(tranche.paymentStatus)}`);
    }
    if (!Object.hasOwn(RELEASING_REPORT, tranche.kind))
      throw new GrantRuleError(`${name} has an unknown kind ${String(tranche.kind)}`);
    const expected = RELEASING_REPORT[tranche.kind];
    if ((tranche.releasedByReport?.kind ?? null) !== expected) {
      throw new GrantRuleError(`${name} (${tranche.kind}) must be released by ${expected ?? 'no'} report`);
    }
  }
  if (state.tranches.filter((tranche) => tranche.kind === 'balance').length > 1) {
    throw new GrantRuleError('a grant has one balance tranche');
  }
  const reports = new Set<string>();
  for (const report of state.reports) {
    const key = `${report.kind} ${report.sequence}`;
    if (reports.has(key)) throw new GrantRuleError(`${key} report is listed twice`);
    reports.add(key);
    assertNonNegativeCents(report.spentCents, `spending of ${key} report`);
  }
}

const PAYMENT_STATES: readonly TranchePaymentStatus[] = ['none', 'requested', 'approved', 'paid', 'rejected'];

const RELEASING_REPORT: Readonly<Record<TrancheKind, ReportKind | null>> = {
  pre_financing: null,
  interim: 'interim',
  balance: 'final',
};

function earlierTranches(state: GrantMoneyState, tranche: TrancheState): TrancheState[] {
  return state.tranches.filter((other) => other.sequence < tranche.sequence).sort((a, b) => a.sequence - b.sequence);
}

function finalReportApproved(state: GrantMoneyState): boolean {
  return state.reports.some((report) => report.kind === 'final' && report.status === 'approved');
}

function isLive(tranche: TrancheState): boolean {
  return tranche.paymentStatus !== 'none' && isLivePaymentStatus(tranche.paymentStatus);
}

function paidCents(tranches: readonly TrancheState[]): Cents {
  return sumCents(tranches.filter((tranche) => tranche.paymentStatus === 'paid').map((t) => t.paymentCents));
}

function approvedReport(state: GrantMoneyState, ref: ReportRef | null): ReportState | null {
  if (!ref) return null;
  return (
    state.reports.find(
      (report) => report.kind === ref.kind && report.sequence === ref.sequence && report.status === 'approved',
    ) ?? null
  );
}

/**
 * PRAG's rule for further pre-financing: the grant-funded spending reported covers 100% of every
 * payment before the previous one and 70% of the previous one. Compared in whole numbers
 * (× 10,000, in BigInt), so exactly 70% passes and nothing is lost to rounding. A previous tranche not yet paid
 * is counted at its planned amount (`previous_tranche_unpaid` is then reported too).
 */
function coversPreviousTranches(
  report: ReportState,
  earlier: readonly TrancheState[],
  state: GrantMoneyState,
): boolean {
  const previous = earlier.at(-1);
  if (!previous) return true;
  const beforePrevious = paidCents(earlier.slice(0, -1));
  const previousCents = previous.paymentStatus === 'paid' ? previous.paymentCents : previous.plannedCents;
  const funded = grantFundedCents(report.spentCents, state.awardCents, state.totalEligibleCents);
  const threshold = BigInt(beforePrevious) * 10_000n + BigInt(previousCents) * BigInt(INTERIM_SPENDING_THRESHOLD_BP);
  return BigInt(funded) * 10_000n >= threshold;
}
