/**
 * A grant's default payment schedule and reporting calendar (DESIGN §3, decision 0016), from the
 * award and the contract's dates. It follows the EU's practice for grants (PRAG, General Conditions
 * art. 15): pre-financing on signature, further pre-financing per reporting period released by an
 * approved interim report, and the balance after the approved final report. The programme manager may
 * amend the result; this is only where every contract starts.
 */
import type { ReportKind, TrancheKind } from '@skema/contracts';
import { type Cents, sumCents } from '../money';
import { assertPositiveCents, mulDivFloor } from './amounts';
import { addCalendarDays, assertIsoDate, periodEndDate } from './dates';
import { GrantRuleError } from './grant-rule-error';

/**
 * Pre-financing is 80% of the grant's share of each reporting period (PRAG's usual rate); the 20% left
 * is the balance, paid on the costs actually incurred.
 */
export const PRE_FINANCING_SHARE_BP = 8_000;

/** Reporting periods are 12 months; a grant of 12 months or less has one, and only a final report. */
export const REPORTING_PERIOD_MONTHS = 12;

/**
 * Reports are due 60 days after their period ends: PRAG's term for interim reports, used for the final
 * report too (PRAG allows it up to three months) so a grantee has one rule to remember (decision 0016).
 */
export const REPORT_DUE_DAYS = 60;

/** Which report releases a tranche: `{ kind: 'interim', sequence: 2 }`; sequences count per kind. */
export interface ReportRef {
  kind: ReportKind;
  sequence: number;
}

export interface PlannedTranche {
  /** 1, 2, 3… in the order they are paid: pre-financing, interim ones, the balance. */
  sequence: number;
  kind: TrancheKind;
  plannedCents: Cents;
  /** Null for the pre-financing, paid on signature. */
  releasedByReport: ReportRef | null;
}

export interface PlannedReport {
  kind: ReportKind;
  /** Interim reports 1, 2…; the one final report is 1. */
  sequence: number;
  /**
   * The reporting period the narrative covers. The financial figures are cumulative from the grant's
   * start all the same; the final report's period is the last one (the whole grant when it has one).
   */
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

export interface ScheduleInput {
  awardCents: Cents;
  /** `YYYY-MM-DD`, both days included. */
  startDate: string;
  endDate: string;
}

export interface GrantSchedule {
  durationMonths: number;
  tranches: PlannedTranche[];
  reports: PlannedReport[];
}

/**
 * The grant's length in whole months, both dates included: 2027-01-01..2027-12-31 is 12 and
 * 2027-01-01..2028-01-01 is 13. A month begun counts as a month (2027-01-01..2027-06-15 is 6), so a
 * grant a few days longer than 12 months gets a second reporting period, as its contract would.
 * Throws `GrantRuleError` on a malformed date or an end before the start.
 */
export function grantDurationMonths(startDate: string, endDate: string): number {
  assertIsoDate(startDate, 'start date');
  assertIsoDate(endDate, 'end date');
  if (endDate < startDate) throw new GrantRuleError(`end date ${endDate} is before start date ${startDate}`);
  const [startYear, startMonth] = startDate.split('-').map(Number);
  const [endYear, endMonth] = endDate.split('-').map(Number);
  // The calendar months apart, less one, is never too many; at most two more steps find the answer.
  let months = Math.max(1, (endYear - startYear) * 12 + (endMonth - startMonth) - 1);
  while (periodEndDate(startDate, months) < endDate) months += 1;
  return months;
}

/**
 * The default schedule (decision 0016):
 * - ≤ 12 months: pre-financing of 80% of the award on signature, the balance after the approved final
 *   report.
 * - Longer: periods of 12 months from the start date (the last one shorter). Pre-financing = 80% of
 *   the award × (months of period 1 ÷ duration); interim tranche k = 80% of the award × (months of
 *   period k+1 ÷ duration), released by the approved interim report k, due 60 days after period k.
 * - The balance is the award less every other tranche, so the plan adds up to the award exactly; the
 *   other amounts are rounded down to the cent. It is released by the approved final report, due 60
 *   days after the end date, and then reduced to the eligible costs spent (`payableCents`).
 * Throws `GrantRuleError` on malformed dates, `MoneyError` on an award that is not positive cents.
 */
export function defaultSchedule({ awardCents, startDate, endDate }: ScheduleInput): GrantSchedule {
  assertPositiveCents(awardCents, 'award');
  const durationMonths = grantDurationMonths(startDate, endDate);
  const periods = reportingPeriods(startDate, endDate, durationMonths);

  const share = (months: number) => mulDivFloor(awardCents, PRE_FINANCING_SHARE_BP * months, 10_000 * durationMonths);
  const tranches: PlannedTranche[] = periods.map((period, index) => ({
    sequence: index + 1,
    kind: index === 0 ? 'pre_financing' : 'interim',
    plannedCents: share(period.months),
    releasedByReport: index === 0 ? null : { kind: 'interim', sequence: index },
  }));
  tranches.push({
    sequence: periods.length + 1,
    kind: 'balance',
    plannedCents: awardCents - sumCents(tranches.map((tranche) => tranche.plannedCents)),
    releasedByReport: { kind: 'final', sequence: 1 },
  });

  const reports: PlannedReport[] = periods.map((period, index) => ({
    kind: index === periods.length - 1 ? 'final' : 'interim',
    sequence: index === periods.length - 1 ? 1 : index + 1,
    periodStart: period.start,
    periodEnd: period.end,
    dueOn: addCalendarDays(period.end, REPORT_DUE_DAYS),
  }));
  return { durationMonths, tranches, reports };
}

interface ReportingPeriod {
  start: string;
  end: string;
  months: number;
}

/** Periods of 12 months counted from the start date (not chained, so they never drift), the last shorter. */
function reportingPeriods(startDate: string, endDate: string, durationMonths: number): ReportingPeriod[] {
  const count = Math.ceil(durationMonths / REPORTING_PERIOD_MONTHS);
  const periods: ReportingPeriod[] = [];
  for (let k = 1; k <= count; k++) {
    const last = k === count;
    periods.push({
      start: k === 1 ? startDate : addCalendarDays(periods[k - 2].end, 1),
      end: last ? endDate : periodEndDate(startDate, k * REPORTING_PERIOD_MONTHS),
      months: last ? durationMonths - (count - 1) * REPORTING_PERIOD_MONTHS : REPORTING_PERIOD_MONTHS,
    });
  }
  return periods;
}
