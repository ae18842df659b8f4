import type { TrancheDto } from '@skema/contracts';
import {
  cumulativeReportSpending,
  evaluateTranche,
  type GrantMoneyState,
  type TrancheEvaluation,
  type TrancheState,
} from '@skema/domain';
import type { GrantReport } from './entities/grant-report.entity';
import type { GrantTranche } from './entities/grant-tranche.entity';
import type { Grant } from './entities/grant.entity';
import type { Payment } from './entities/payment.entity';

/** The rows of one grant that the tranche rules read. */
export interface GrantRows {
  grant: Grant;
  tranches: GrantTranche[];
  reports: GrantReport[];
  payments: Payment[];
}

/**
 * The payment of a tranche that counts: the live one (a tranche has at most one that is not rejected),
 * else the latest rejected attempt, else none.
 */
export function paymentOfTranche(trancheId: string, payments: readonly Payment[]): Payment | null {
  const own = payments.filter((p) => p.trancheId === trancheId);
  const live = own.find((p) => p.status !== 'rejected');
  if (live) return live;
  return own.sort((a, b) => b.preparedAt.getTime() - a.preparedAt.getTime())[0] ?? null;
}

/**
 * The grant as the domain's tranche rules see it (`@skema/domain` evaluateTranche): no rule is
 * written here, only the rows translated. Reports carry the spending of their own period; the rules
 * want it cumulative from the grant's start, which `cumulativeReportSpending` works out.
 */
export function moneyStateOf({ grant, tranches, reports, payments }: GrantRows): GrantMoneyState {
  return {
    grantStatus: grant.status,
    awardCents: grant.awardCents,
    totalEligibleCents: grant.totalEligibleBudgetCents,
    tranches: tranches.map((tranche): TrancheState => {
      const payment = paymentOfTranche(tranche.id, payments);
      return {
        sequence: tranche.sequence,
        kind: tranche.kind,
        plannedCents: tranche.plannedCents,
        releasedByReport:
          tranche.releasedByReportKind && tranche.releasedByReportSequence !== null
            ? { kind: tranche.releasedByReportKind, sequence: tranche.releasedByReportSequence }
            : null,
        paymentStatus: payment?.status ?? 'none',
        paymentCents: payment?.amountCents ?? 0,
      };
    }),
    reports: cumulativeReportSpending(
      reports.map((r) => ({ kind: r.kind, sequence: r.sequence, status: r.status, spentCents: r.spentCents })),
    ),
  };
}

/** Whether the tranche may be paid now, why not, and how much (the domain's answer). */
export function evaluate(state: GrantMoneyState, tranche: Pick<GrantTranche, 'sequence'>): TrancheEvaluation {
  return evaluateTranche({ ...state, trancheSequence: tranche.sequence });
}

/** The due date of the report that releases the tranche; null for the pre-financing. */
export function reportDueOn(tranche: GrantTranche, reports: readonly GrantReport[]): string | null {
  const report = reports.find(
    (r) => r.kind === tranche.releasedByReportKind && r.sequence === tranche.releasedByReportSequence,
  );
  return report?.dueOn ?? null;
}

/** The schedule as the grant's page shows it; `payment` maps a tranche's payment (names and all). */
export function trancheViews(
  rows: GrantRows,
  paymentDto: (payment: Payment) => NonNullable<TrancheDto['payment']>,
): TrancheDto[] {
  const state = moneyStateOf(rows);
  return [...rows.tranches]
    .sort((a, b) => a.sequence - b.sequence)
    .map((tranche) => {
      const { blocks, payableCents } = evaluate(state, tranche);
      const payment = paymentOfTranche(tranche.id, rows.payments);
      return {
        id: tranche.id,
        sequence: tranche.sequence,
        kind: tranche.kind,
        plannedCents: tranche.plannedCents,
        reportDueOn: reportDueOn(tranche, rows.reports),
        payable: blocks.length === 0,
        blocks,
        payableCents,
        paidCents: payment?.status === 'paid' ? payment.amountCents : 0,
        payment: payment ? paymentDto(payment) : null,
      };
    });
}
