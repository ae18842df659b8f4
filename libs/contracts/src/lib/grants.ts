/**
 * Grants, their payment schedule, payments and grantee reports (DESIGN §3 Grant, Payment, Grantee
 * reports; issue 6). Money is integer cents; dates without a time are `YYYY-MM-DD` (Europe/Tirane).
 */
import type { GrantStatus, PaymentStatus } from './states';
import type { LocalizedText } from './locale';

/** A tranche of the payment schedule: pre-financing on signature, interim ones, the balance. */
export const TRANCHE_KINDS = ['pre_financing', 'interim', 'balance'] as const;
export type TrancheKind = (typeof TRANCHE_KINDS)[number];

export const REPORT_KINDS = ['interim', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** `draft` (the grantee writes) → `submitted` → `approved` | `returned` (back to the grantee, then resubmitted). */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Why a tranche cannot be paid yet (the server's answer, shown to finance officers as a reason). */
export const TRANCHE_BLOCKS = [
  'grant_not_active',
  'already_paid',
  'previous_tranche_unpaid',
  'interim_report_missing',
  'interim_report_underspent',
  'final_report_missing',
  'nothing_left_to_pay',
] as const;
export type TrancheBlock = (typeof TRANCHE_BLOCKS)[number];

/** One approved budget line of a grant: the submitted budget's line, possibly reallocated by amendment. */
export interface GrantBudgetLineDto {
  /** Stable key of the line (its index in the submitted budget, as a string, unless reallocated). */
  key: string;
  category: string;
  description: string;
  /** Eligible cost of the line (quantity × unit cost). */
  approvedCents: number;
  /** Spent per approved reports. */
  spentCents: number;
  remainingCents: number;
}

export interface TrancheDto {
  id: string;
  sequence: number;
  kind: TrancheKind;
  /** The scheduled amount; the balance is recomputed from the eligible costs spent. */
  plannedCents: number;
  /** Interim tranches: the report whose approval releases them, due on this date. */
  reportDueOn: string | null;
  /** Can a payment be prepared now? When not, why (every reason). */
  payable: boolean;
  blocks: TrancheBlock[];
  /** What may be paid now: the planned amount, or for the balance the eligible costs left to pay. */
  payableCents: number;
  paidCents: number;
  payment: PaymentDto | null;
}

export interface PaymentDto {
  id: string;
  grantId: string;
  trancheId: string;
  contractNumber: string;
  organisationName: string;
  /** The grant's lot region. */
  regionCode: string;
  trancheSequence: number;
  trancheKind: TrancheKind;
  amountCents: number;
  status: PaymentStatus;
  preparedBy: string;
  preparedByName: string;
  preparedAt: string;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  paidAt: string | null;
  /** The transfer's value date (`YYYY-MM-DD`), recorded when marked paid. */
  paidOn: string | null;
  /** The bank's reference of the transfer, recorded when marked paid. */
  bankReference: string | null;
  rejectedReason: string | null;
}

export interface GrantSummaryDto {
  id: string;
  contractNumber: string;
  applicationId: string;
  applicationReference: string;
  organisationId: string;
  organisationName: string;
  callReference: string;
  regionCode: string;
  title: LocalizedText | null;
  status: GrantStatus;
  startDate: string;
  endDate: string;
  awardCents: number;
  /** Σ approved and paid payments: never above the award. */
  committedCents: number;
  paidCents: number;
}

export interface GrantDto extends GrantSummaryDto {
  durationMonths: number;
  budget: GrantBudgetLineDto[];
  tranches: TrancheDto[];
  version: number;
}

/** `POST /api/applications/:id/grant`: turn a selected application (results published) into a contract. */
export interface CreateGrantRequest {
  startDate: string;
  endDate: string;
}

/**
 * `POST /api/grants/:id/tranches/:trancheId/payments`: a finance officer prepares a payment.
 * `idempotencyKey` (a UUID the portal makes once per intent) makes a retry or double click harmless.
 */
export interface PreparePaymentRequest {
  idempotencyKey: string;
}

/** `POST /api/payments/:id/paid`. */
export interface MarkPaymentPaidRequest {
  bankReference: string;
  /** `YYYY-MM-DD`, not in the future. */
  paidOn: string;
}

/** `POST /api/payments/:id/reject`. */
export interface RejectPaymentRequest {
  reason: string;
}

/** Budget execution per lot (region): envelope, awarded (contracted), paid, remaining. */
export interface BudgetExecutionRowDto {
  callId: string;
  callReference: string;
  lotId: string;
  regionCode: string;
  envelopeCents: number;
  awardedCents: number;
  committedCents: number;
  paidCents: number;
  /** Envelope minus awarded. */
  unallocatedCents: number;
  /** Awarded minus paid. */
  toPayCents: number;
  grants: number;
}

/** One line of a report's expenditure: what was spent on an approved budget line in the report's period. */
export interface ReportExpenditureLineDto {
  lineKey: string;
  spentCents: number;
}

/** A grantee's interim or final report (`/api/grants/:id/reports`). */
export interface GrantReportDto {
  id: string;
  grantId: string;
  kind: ReportKind;
  sequence: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: ReportStatus;
  narrative: Record<string, string>;
  expenditure: ReportExpenditureLineDto[];
  /** Σ expenditure: eligible costs spent in the report's own period. */
  spentCents: number;
  submittedAt: string | null;
  approvedAt: string | null;
  returnedAt: string | null;
  /** The programme manager's comments on returning or approving it. */
  comments: string | null;
  version: number;
}

/** A tranche that may be paid now (`GET /api/payments/due`) with its grant. */
export interface PaymentDueDto {
  grant: GrantSummaryDto;
  tranche: TrancheDto;
}
