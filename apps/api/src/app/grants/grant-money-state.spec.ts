import type { GrantReport } from './entities/grant-report.entity';
import type { GrantTranche } from './entities/grant-tranche.entity';
import type { Grant } from './entities/grant.entity';
import type { Payment } from './entities/payment.entity';
import { type GrantRows, moneyStateOf, paymentOfTranche, trancheViews } from './grant-money-state';
import { budgetLinesOf } from './grant.mapper';

const EUR = 100;

const grant = {
  id: 'g1',
  status: 'in_implementation',
  awardCents: 36_000 * EUR,
  totalEligibleBudgetCents: 40_000 * EUR,
  startDate: '2027-01-01',
  endDate: '2028-06-30',
  budget: [
    { key: '0', category: 'human_resources', description: 'Koordinatore', approvedCents: 24_000 * EUR },
    { key: '1', category: 'services', description: 'Kurse', approvedCents: 16_000 * EUR },
  ],
} as unknown as Grant;

const tranche = (id: string, sequence: number, kind: GrantTranche['kind'], plannedCents: number) =>
  ({
    id,
    grantId: 'g1',
    sequence,
    kind,
    plannedCents,
    releasedByReportKind: kind === 'pre_financing' ? null : kind === 'interim' ? 'interim' : 'final',
    releasedByReportSequence: kind === 'pre_financing' ? null : 1,
  }) as GrantTranche;

const tranches = [
  tranche('t1', 1, 'pre_financing', 19_200 * EUR),
  tranche('t2', 2, 'interim', 9_600 * EUR),
  tranche('t3', 3, 'balance', 7_200 * EUR),
];

const report = (kind: GrantReport['kind'], status: GrantReport['status'], spentCents: number, dueOn: string) =>
  ({ grantId: 'g1', kind, sequence: 1, status, spentCents, dueOn, expenditure: [] }) as unknown as GrantReport;

const payment = (id: string, trancheId: string, status: Payment['status'], amountCents: number, at: number) =>
  ({ id, grantId: 'g1', trancheId, status, amountCents, preparedAt: new Date(at) }) as Payment;

describe('the grant as the tranche rules see it', () => {
  it('takes a tranche’s live payment, else its latest rejected attempt', () => {
    const payments = [payment('p1', 't1', 'rejected', 1, 1), payment('p2', 't1', 'rejected', 2, 3)];
    expect(paymentOfTranche('t1', payments)?.id).toBe('p2');
    expect(paymentOfTranche('t1', [...payments, payment('p3', 't1', 'approved', 3, 2)])?.id).toBe('p3');
    expect(paymentOfTranche('t2', payments)).toBeNull();
  });

  it('translates the rows, with each report’s spending made cumulative', () => {
    const rows: GrantRows = {
      grant,
      tranches,
      reports: [
        report('interim', 'approved', 15_000 * EUR, '2028-02-29'),
        report('final', 'draft', 5_000 * EUR, '2028-08-29'),
      ],
      payments: [payment('p1', 't1', 'paid', 19_200 * EUR, 1)],
    };
    const state = moneyStateOf(rows);
    expect(state).toMatchObject({
      grantStatus: 'in_implementation',
      awardCents: 36_000 * EUR,
      totalEligibleCents: 40_000 * EUR,
    });
    expect(state.tranches.map((t) => [t.sequence, t.paymentStatus, t.paymentCents, t.releasedByReport])).toEqual([
      [1, 'paid', 19_200 * EUR, null],
      [2, 'none', 0, { kind: 'interim', sequence: 1 }],
      [3, 'none', 0, { kind: 'final', sequence: 1 }],
    ]);
    expect(state.reports.map((r) => [r.kind, r.spentCents])).toEqual([
      ['interim', 15_000 * EUR],
      ['final', 20_000 * EUR],
    ]);
  });

  it('gives each tranche the domain’s verdict, the releasing report’s due date and its payment', () => {
    const rows: GrantRows = {
      grant,
      tranches: [...tranches].reverse(),
      reports: [report('interim', 'approved', 15_000 * EUR, '2028-02-29'), report('final', 'draft', 0, '2028-08-29')],
      payments: [payment('p1', 't1', 'paid', 19_200 * EUR, 1)],
    };
    const views = trancheViews(rows, (p) => ({ id: p.id }) as never);
    expect(
      views.map(({ sequence, payable, blocks, payableCents, paidCents, reportDueOn, payment: p }) => ({
        ...{ sequence, payable, blocks, payableCents, paidCents, reportDueOn, payment: p },
      })),
    ).toEqual([
      {
        sequence: 1,
        payable: false,
        blocks: ['already_paid'],
        payableCents: 0,
        paidCents: 19_200 * EUR,
        reportDueOn: null,
        payment: { id: 'p1' },
      },
      {
        sequence: 2,
        payable: true,
        blocks: [],
        payableCents: 9_600 * EUR,
        paidCents: 0,
        reportDueOn: '2028-02-29',
        payment: null,
      },
      {
        ...{ sequence: 3, payable: false, blocks: ['previous_tranche_unpaid', 'final_report_missing'] },
        ...{ payableCents: 0, paidCents: 0, reportDueOn: '2028-08-29', payment: null },
      },
    ]);
  });

  it('adds up what the approved reports spent per budget line, and what remains', () => {
    const approved = {
      ...report('interim', 'approved', 0, '2028-02-29'),
      expenditure: [
        { lineKey: '0', spentCents: 10_000 * EUR },
        { lineKey: '1', spentCents: 2_000 * EUR },
      ],
    } as GrantReport;
    const draft = { ...report('final', 'submitted', 0, '2028-08-29'), expenditure: [{ lineKey: '0', spentCents: 1 }] };
    expect(
      budgetLinesOf(grant, [approved, draft as GrantReport]).map((l) => [l.key, l.spentCents, l.remainingCents]),
    ).toEqual([
      ['0', 10_000 * EUR, 14_000 * EUR],
      ['1', 2_000 * EUR, 14_000 * EUR],
    ]);
  });
});
