import type { ReportStatus } from '@skema/contracts';
import { IllegalTransitionError } from '@skema/domain';

/**
 * The grantee report's moves (contracts' REPORT_STATUSES): the grantee submits a draft, or a returned
 * report once corrected; the programme manager approves or returns a submitted one. An approved
 * report is final (it released money). Kept beside the service until `@skema/domain` has a report
 * lifecycle of its own.
 */
export const REPORT_TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  draft: ['submitted'],
  submitted: ['approved', 'returned'],
  returned: ['submitted'],
  approved: [],
};

/** The grantee may change a report while it is with them: a draft, or returned for correction. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = ['draft', 'returned'];

export function assertReportTransition(from: ReportStatus, to: ReportStatus): void {
  const allowed = Object.hasOwn(REPORT_TRANSITIONS, from) ? REPORT_TRANSITIONS[from] : [];
  if (!allowed.includes(to)) throw new IllegalTransitionError<ReportStatus>(from, to, 'report');
}
