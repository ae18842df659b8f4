import type { GrantBudgetLineDto, GrantSummaryDto, PaymentDto } from '@skema/contracts';
import { budgetExecution } from '@skema/domain';
import type { GrantReport } from './entities/grant-report.entity';
import type { Grant } from './entities/grant.entity';
import type { Payment } from './entities/payment.entity';

/** A grant row read with its application, call, lot and organisation (`GRANT_RELATIONS`). */
export const GRANT_RELATIONS = { application: true, call: true, lot: true, organisation: true } as const;

/** A payment row read with the names of who prepared and approved it (`PAYMENT_RELATIONS`). */
export const PAYMENT_RELATIONS = { preparer: true, approver: true, tranche: true } as const;

export function toGrantSummary(grant: Grant): GrantSummaryDto {
  return {
    id: grant.id,
    contractNumber: grant.contractNumber,
    applicationId: grant.applicationId,
    applicationReference: grant.application?.reference ?? '',
    organisationId: grant.organisationId,
    organisationName: grant.organisation?.legalName ?? '',
    callReference: grant.call?.reference ?? '',
    regionCode: grant.lot?.regionCode ?? '',
    // The CSO writes its action's title once, in the language of its choice: both languages show it.
    title: grant.title ? { sq: grant.title, en: grant.title } : null,
    status: grant.status,
    startDate: grant.startDate,
    endDate: grant.endDate,
    awardCents: grant.awardCents,
    committedCents: grant.committedCents,
    paidCents: grant.paidCents,
  };
}

/** `grant` gives the contract number and the CSO's name (read with `GRANT_RELATIONS`). */
export function toPaymentDto(
  payment: Payment,
  grant: Pick<Grant, 'contractNumber' | 'organisation' | 'lot'>,
): PaymentDto {
  return {
    id: payment.id,
    grantId: payment.grantId,
    trancheId: payment.trancheId,
    contractNumber: grant.contractNumber,
    organisationName: grant.organisation?.legalName ?? '',
    regionCode: grant.lot?.regionCode ?? '',
    trancheSequence: payment.tranche?.sequence ?? 0,
    trancheKind: payment.tranche?.kind ?? 'pre_financing',
    amountCents: payment.amountCents,
    status: payment.status,
    preparedBy: payment.preparedBy,
    preparedByName: payment.preparer?.displayName ?? '',
    preparedAt: payment.preparedAt.toISOString(),
    approvedBy: payment.approvedBy,
    approvedByName: payment.approver?.displayName ?? null,
    approvedAt: payment.approvedAt?.toISOString() ?? null,
    paidAt: payment.paidAt?.toISOString() ?? null,
    paidOn: payment.paidOn,
    bankReference: payment.bankReference,
    rejectedReason: payment.rejectedReason,
  };
}

/** Each approved line with what the approved reports say was spent on it, and what remains (the domain's sums). */
export function budgetLinesOf(grant: Grant, reports: readonly GrantReport[]): GrantBudgetLineDto[] {
  return budgetExecution(grant.budget, reports).lines.map(
    ({ key, category, description, approvedCents, spentCents, remainingCents }) => ({
      ...{ key, category, description },
      ...{ approvedCents, spentCents, remainingCents },
    }),
  );
}
