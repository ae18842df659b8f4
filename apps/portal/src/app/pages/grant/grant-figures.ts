import type {
  GrantBudgetLineDto,
  GrantReportDto,
  GrantStatus,
  PaymentStatus,
  ReportStatus,
  TrancheDto,
} from '@skema/contracts';
import { instantToTiraneLocal, isBudgetCategory } from '@skema/domain';
import type { ChipTone } from '../evaluation-management/state-chip.component';

/** How full a bar is, 0..100, for `part` of `whole` (cents); an empty whole draws an empty bar. */
export function barPercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(100, (100 * part) / whole);
}

/** The same as a whole percent for the text beside a bar, rounded down so 99.9% never reads 100%. */
export function wholePercent(part: number, whole: number): number {
  return Math.floor(barPercent(part, whole));
}

export const GRANT_STATUS_TONES: Readonly<Record<GrantStatus, ChipTone>> = {
  contracted: 'progress',
  in_implementation: 'success',
  suspended: 'warning',
  terminated: 'danger',
  closed: 'neutral',
};

export const PAYMENT_STATUS_TONES: Readonly<Record<PaymentStatus, ChipTone>> = {
  requested: 'progress',
  approved: 'warning',
  paid: 'success',
  rejected: 'danger',
};

export const REPORT_STATUS_TONES: Readonly<Record<ReportStatus, ChipTone>> = {
  draft: 'neutral',
  submitted: 'progress',
  approved: 'success',
  returned: 'danger',
};

/** A tranche's name as a translation key and parameters: interim tranches are numbered among themselves. */
export function trancheName(tranche: TrancheDto, tranches: readonly TrancheDto[]): { key: string; n: number } {
  const interim = tranches.filter((t) => t.kind === 'interim').sort((a, b) => a.sequence - b.sequence);
  return { key: `trancheKinds.${tranche.kind}`, n: interim.indexOf(tranche) + 1 };
}

/** A report's name as a translation key and parameters ("Interim report 2", "Final report"). */
export function reportName(report: Pick<GrantReportDto, 'kind' | 'sequence'>): { key: string; n: number } {
  return { key: `reportKinds.${report.kind}`, n: report.sequence };
}

/** Today in Tirana, `YYYY-MM-DD`, the way due dates are written. */
export function tiraneToday(now = new Date()): string {
  return instantToTiraneLocal(now).slice(0, 10);
}

/** A report still with the grantee (a draft, or returned) after its due date. */
export function isOverdue(report: Pick<GrantReportDto, 'status' | 'dueOn'>, today: string): boolean {
  return (report.status === 'draft' || report.status === 'returned') && report.dueOn < today;
}

/** A budget line's name as people read it: its category in words, then the grantee's description. */
export function budgetLineName(
  line: Pick<GrantBudgetLineDto, 'category' | 'description'>,
  translate: (key: string) => string,
): string {
  const category = isBudgetCategory(line.category) ? translate(`grant.categories.${line.category}`) : line.category;
  return line.description ? `${category}: ${line.description}` : category;
}
