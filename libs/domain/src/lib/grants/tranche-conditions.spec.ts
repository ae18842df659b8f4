import fc from 'fast-check';
import { GRANT_STATUSES, TRANCHE_BLOCKS } from '@skema/contracts';
import { MoneyError } from '../money';
import { GrantRuleError } from './grant-rule-error';
import { defaultSchedule } from './schedule';
import {
  AwardExceededError,
  type ReportState,
  type TrancheConditionInput,
  type TranchePaymentStatus,
  type TrancheState,
  assertWithinAward,
  cumulativeReportSpending,
  evaluateTranche,
  finalEligibleGrantCents,
  grantFundedCents,
  payableCents,
  recoveryCents,
  trancheBlocks,
} from './tranche-conditions';

/**
 * A 24-month grant of EUR 40,000 on a budget of EUR 50,000 (the grant covers 80% of each euro spent):
 * pre-financing 16,000, interim 16,000 (after interim report 1), balance 8,000 (after the final report).
 */
const AWARD = 4_000_000;
const TOTAL = 5_000_000;
const PLAN = [1_600_000, 1_600_000, 800_000];

type Payments = Partial<Record<number, [TranchePaymentStatus, number]>>;

function tranches(payments: Payments = {}, plan = PLAN): TrancheState[] {
  return plan.map((plannedCents, index) => {
    const sequence = index + 1;
    const kind = index === 0 ? 'pre_financing' : index === plan.length - 1 ? 'balance' : 'interim';
    const [paymentStatus, paymentCents] = payments[sequence] ?? ['none', 0];
    return {
      sequence,
      kind,
      plannedCents,
      releasedByReport:
        kind === 'pre_financing'
          ? null
          : kind === 'balance'
            ? { kind: 'final', sequence: 1 }
            : { kind: 'interim', sequence: index },
      paymentStatus,
      paymentCents,
    };
  });
}

const interim = (spentCents: number, status: ReportState['status'] = 'approved', sequence = 1): ReportState => ({
  kind: 'interim',
  sequence,
  status,
  spentCents,
});
const final = (spentCents: number, status: ReportState['status'] = 'approved'): ReportState => ({
  kind: 'final',
  sequence: 1,
  status,
  spentCents,
});

function input(
  trancheSequence: number,
  payments: Payments = {},
  reports: ReportState[] = [],
  extra: Partial<TrancheConditionInput> = {},
): TrancheConditionInput {
  return {
    grantStatus: 'in_implementation',
    awardCents: AWARD,
    totalEligibleCents: TOTAL,
    tranches: tranches(payments),
    reports,
    trancheSequence,
    ...extra,
  };
}

const PREFIN_PAID: Payments = { 1: ['paid', 1_600_000] };
const BOTH_PAID: Payments = { 1: ['paid', 1_600_000], 2: ['paid', 1_600_000] };

describe('the grant-funded share of spending', () => {
  it('is spent × award ÷ total budget, rounded down, never above the award', () => {
    expect(grantFundedCents(1_400_000, AWARD, TOTAL)).toBe(1_120_000);
    expect(grantFundedCents(1_399_999, AWARD, TOTAL)).toBe(1_119_999); // 1,119,999.2
    expect(grantFundedCents(0, AWARD, TOTAL)).toBe(0);
    expect(grantFundedCents(TOTAL, AWARD, TOTAL)).toBe(AWARD);
    expect(grantFundedCents(TOTAL * 2, AWARD, TOTAL)).toBe(AWARD);
    expect(grantFundedCents(1, 2, 3)).toBe(0);
  });

  it('stays exact where spent × award passes 2^53', () =>
    // 9e9 × 9e9 = 8.1e19: a float product would lose the last digits.
    expect(grantFundedCents(9_000_000_001, 9_000_000_000, 9_000_000_003)).toBe(8_999_999_998));

  it('refuses amounts that are not whole cents or a budget of zero', () => {
    expect(() => grantFundedCents(1.5, AWARD, TOTAL)).toThrow(MoneyError);
    expect(() => grantFundedCents(-1, AWARD, TOTAL)).toThrow(/spent cannot be negative/);
    expect(() => grantFundedCents(1, AWARD, 0)).toThrow(/total eligible budget must be positive/);
  });
});

describe('pre-financing', () => {
  it('is payable on signature, in full', () => {
    expect(evaluateTranche(input(1, {}, [], { grantStatus: 'contracted' }))).toEqual({
      blocks: [],
      payableCents: 1_600_000,
      dueCents: 1_600_000,
    });
  });

  it.each(GRANT_STATUSES.map((status) => [status, status === 'contracted' || status === 'in_implementation']))(
    'with the grant %s is %s payable',
    (grantStatus, payable) => {
      expect(trancheBlocks(input(1, {}, [], { grantStatus }))).toEqual(payable ? [] : ['grant_not_active']);
      expect(payableCents(input(1, {}, [], { grantStatus }))).toBe(payable ? 1_600_000 : 0);
    },
  );

  it.each([
    ['none', []],
    ['rejected', []],
    ['requested', ['already_paid']],
    ['approved', ['already_paid']],
    ['paid', ['already_paid']],
  ] as const)('with a payment %s: %p', (status, blocks) => {
    expect(trancheBlocks(input(1, { 1: [status, status === 'none' ? 0 : 1_600_000] }))).toEqual(blocks);
  });
});

describe('an interim tranche', () => {
  it('needs the previous tranche paid and its approved interim report', () => {
    expect(trancheBlocks(input(2))).toEqual(['previous_tranche_unpaid', 'interim_report_missing']);
    expect(trancheBlocks(input(2, PREFIN_PAID))).toEqual(['interim_report_missing']);
    expect(trancheBlocks(input(2, { 1: ['approved', 1_600_000] }, [interim(1_600_000)]))).toEqual([
      'previous_tranche_unpaid',
    ]);
  });

  it.each(['draft', 'submitted', 'returned'] as const)('is not released by a %s report', (status) =>
    expect(trancheBlocks(input(2, PREFIN_PAID, [interim(2_000_000, status)]))).toEqual(['interim_report_missing']),
  );

  it('is not released by another interim report than its own', () =>
    expect(trancheBlocks(input(2, PREFIN_PAID, [interim(2_000_000, 'approved', 2)]))).toEqual([
      'interim_report_missing',
    ]));

  it('is released at exactly 70% of the previous tranche spent from the grant, not a cent less', () => {
    // 70% of 16,000 = 11,200 from the grant = 14,000 of spending at 80%.
    expect(evaluateTranche(input(2, PREFIN_PAID, [interim(1_400_000)]))).toEqual({
      blocks: [],
      payableCents: 1_600_000,
      dueCents: 1_600_000,
    });
    expect(evaluateTranche(input(2, PREFIN_PAID, [interim(1_399_999)]))).toEqual({
      blocks: ['interim_report_underspent'],
      payableCents: 0,
      dueCents: 1_600_000,
    });
  });

  it('counts the grant-funded share, not the whole spending (co-financing is the CSO’s)', () => {
    // 11,200 spent in total is 70% of the tranche, but only 8,960 of it is the grant's.
    expect(trancheBlocks(input(2, PREFIN_PAID, [interim(1_120_000)]))).toEqual(['interim_report_underspent']);
  });

  it('measures 70% of what was paid on the previous tranche', () => {
    // A pre-financing paid at 10,000 needs 7,000 from the grant: 8,750 spent.
    expect(trancheBlocks(input(2, { 1: ['paid', 1_000_000] }, [interim(875_000)]))).toEqual([]);
    expect(trancheBlocks(input(2, { 1: ['paid', 1_000_000] }, [interim(874_999)]))).toEqual([
      'interim_report_underspent',
    ]);
  });

  describe('after another interim tranche (36 months: 26.67% + 26.67% + 26.67% + 20%)', () => {
    const plan = defaultSchedule({ awardCents: 6_000_000, startDate: '2027-01-01', endDate: '2029-12-31' }).tranches;
    const amounts = plan.map((tranche) => tranche.plannedCents);
    const state = (spentCents: number): TrancheConditionInput => ({
      grantStatus: 'in_implementation',
      awardCents: 6_000_000,
      totalEligibleCents: 6_000_000,
      tranches: tranches({ 1: ['paid', amounts[0]], 2: ['paid', amounts[1]] }, amounts),
      reports: [interim(2_000_000), interim(spentCents, 'approved', 2)],
      trancheSequence: 3,
    });

    it('needs 100% of the tranches before the previous one and 70% of the previous one', () => {
      expect(amounts).toEqual([1_600_000, 1_600_000, 1_600_000, 1_200_000]);
      // 16,000 + 70% × 16,000 = 27,200 (the grant covers the whole budget here).
      expect(trancheBlocks(state(2_720_000))).toEqual([]);
      expect(trancheBlocks(state(2_719_999))).toEqual(['interim_report_underspent']);
    });

    it('judges it on its own report, not the earlier one', () =>
      expect(trancheBlocks({ ...state(0), reports: [interim(5_000_000), interim(0, 'approved', 2)] })).toEqual([
        'interim_report_underspent',
      ]));
  });

  it('lists every reason at once, in the order of TRANCHE_BLOCKS', () => {
    const blocks = trancheBlocks(input(2, { 2: ['rejected', 1_600_000] }, [], { grantStatus: 'suspended' }));
    expect(blocks).toEqual(['grant_not_active', 'previous_tranche_unpaid', 'interim_report_missing']);
    const many = trancheBlocks(input(2, { 2: ['paid', 1_600_000] }, [interim(0)], { grantStatus: 'closed' }));
    expect(many).toEqual(['grant_not_active', 'already_paid', 'previous_tranche_unpaid', 'interim_report_underspent']);
    expect(TRANCHE_BLOCKS.filter((block) => many.includes(block))).toEqual(many);
  });

  it('is settled by the balance once the final report is approved without it being paid', () => {
    const reports = [interim(2_000_000), final(4_000_000)];
    expect(trancheBlocks(input(2, PREFIN_PAID, reports))).toEqual(['nothing_left_to_pay']);
    // A payment under way goes on: the tranche is then simply paid (or being paid).
    expect(trancheBlocks(input(2, { ...PREFIN_PAID, 2: ['approved', 1_600_000] }, reports))).toEqual(['already_paid']);
  });

  it('never pays beyond the room left in the award', () => {
    // An amendment left the plan above the award: 30,000 live elsewhere leaves 10,000 of 16,000.
    const state = input(2, { 1: ['paid', 1_600_000], 3: ['requested', 1_400_000] }, [interim(4_000_000)]);
    expect(evaluateTranche(state)).toEqual({ blocks: [], payableCents: 1_000_000, dueCents: 1_000_000 });
    const full = input(2, { 1: ['paid', 2_400_000], 3: ['approved', 1_600_000] }, [interim(4_000_000)]);
    expect(evaluateTranche(full)).toMatchObject({ blocks: ['nothing_left_to_pay'], payableCents: 0, dueCents: 0 });
  });
});

describe('the balance', () => {
  it('needs the approved final report (and, until then, the previous tranche paid)', () => {
    expect(trancheBlocks(input(3, BOTH_PAID))).toEqual(['final_report_missing']);
    expect(trancheBlocks(input(3, PREFIN_PAID))).toEqual(['previous_tranche_unpaid', 'final_report_missing']);
    expect(trancheBlocks(input(3, BOTH_PAID, [final(5_000_000, 'submitted')]))).toEqual(['final_report_missing']);
    expect(evaluateTranche(input(3, BOTH_PAID)).dueCents).toBeNull();
  });

  it('pays the planned balance when every euro of the budget was spent', () =>
    expect(evaluateTranche(input(3, BOTH_PAID, [final(5_000_000)]))).toEqual({
      blocks: [],
      payableCents: 800_000,
      dueCents: 800_000,
    }));

  it('never pays more than the award, however much was spent', () =>
    expect(payableCents(input(3, BOTH_PAID, [final(9_000_000)]))).toBe(800_000));

  it('is reduced to the eligible costs actually spent', () => {
    // 45,000 spent → 36,000 from the grant, of which 32,000 is paid: 4,000 left of the planned 8,000.
    expect(payableCents(input(3, BOTH_PAID, [final(4_500_000)]))).toBe(400_000);
    // ⌊4,500,001 × 0.8⌋ = 3,600,000: the cent the grant would cover 0.8 of is not paid.
    expect(payableCents(input(3, BOTH_PAID, [final(4_500_001)]))).toBe(400_000);
    expect(payableCents(input(3, BOTH_PAID, [final(4_500_002)]))).toBe(400_001);
  });

  it('has nothing left to pay when the paid tranches cover the eligible costs exactly', () => {
    const state = input(3, BOTH_PAID, [final(4_000_000)]);
    expect(evaluateTranche(state)).toEqual({ blocks: ['nothing_left_to_pay'], payableCents: 0, dueCents: 0 });
    expect(recoveryCents(state)).toBe(0);
  });

  it('records a recovery when pre-financing exceeded the eligible costs', () => {
    // 30,000 spent → 24,000 from the grant; 32,000 was paid: 8,000 comes back.
    const state = input(3, BOTH_PAID, [final(3_000_000)]);
    expect(evaluateTranche(state)).toEqual({ blocks: ['nothing_left_to_pay'], payableCents: 0, dueCents: -800_000 });
    expect(recoveryCents(state)).toBe(800_000);
    expect(finalEligibleGrantCents(state)).toBe(2_400_000);
  });

  it('owes no recovery before the final report is approved, or when the balance is due', () => {
    expect(recoveryCents(input(3, BOTH_PAID, [final(0, 'submitted')]))).toBe(0);
    expect(finalEligibleGrantCents(input(3, BOTH_PAID))).toBeNull();
    expect(recoveryCents(input(3, BOTH_PAID, [final(4_500_000)]))).toBe(0);
  });

  it('counts only paid money in a recovery, the balance too', () => {
    const reports = [final(4_500_000)];
    expect(recoveryCents(input(3, { ...BOTH_PAID, 3: ['paid', 400_000] }, reports))).toBe(0);
    expect(recoveryCents(input(3, { 1: ['paid', 1_600_000], 2: ['approved', 1_600_000] }, [final(0)]))).toBe(1_600_000);
  });

  it('waits while another tranche has a payment under way', () => {
    const reports = [interim(2_000_000), final(5_000_000)];
    expect(trancheBlocks(input(3, { ...PREFIN_PAID, 2: ['requested', 1_600_000] }, reports))).toEqual([
      'previous_tranche_unpaid',
    ]);
    expect(trancheBlocks(input(3, { ...PREFIN_PAID, 2: ['approved', 1_600_000] }, reports))).toEqual([
      'previous_tranche_unpaid',
    ]);
  });

  it('settles an interim tranche that was never paid (its report underspent), instead of waiting forever', () => {
    const reports = [interim(100_000), final(5_000_000)];
    expect(trancheBlocks(input(2, PREFIN_PAID, reports))).toEqual(['interim_report_underspent', 'nothing_left_to_pay']);
    // The balance pays the grant's share of eligible costs less the pre-financing: 40,000 − 16,000.
    expect(evaluateTranche(input(3, { ...PREFIN_PAID, 2: ['rejected', 1_600_000] }, reports))).toEqual({
      blocks: [],
      payableCents: 2_400_000,
      dueCents: 2_400_000,
    });
  });

  it('is paid once', () =>
    expect(trancheBlocks(input(3, { ...BOTH_PAID, 3: ['requested', 800_000] }, [final(5_000_000)]))).toEqual([
      'already_paid',
    ]));

  it('of a grant of 12 months follows the pre-financing directly', () => {
    const plan = [3_200_000, 800_000];
    const state = (payments: Payments, reports: ReportState[]): TrancheConditionInput => ({
      grantStatus: 'in_implementation',
      awardCents: AWARD,
      totalEligibleCents: TOTAL,
      tranches: tranches(payments, plan),
      reports,
      trancheSequence: 2,
    });
    expect(trancheBlocks(state({}, []))).toEqual(['previous_tranche_unpaid', 'final_report_missing']);
    expect(payableCents(state({ 1: ['paid', 3_200_000] }, [final(4_750_000)]))).toBe(600_000);
    expect(recoveryCents(state({ 1: ['paid', 3_200_000] }, [final(3_500_000)]))).toBe(400_000);
  });
});

describe('input no person could produce', () => {
  it.each([
    ['an unknown tranche', { trancheSequence: 9 }, /no tranche 9/],
    ['a budget of zero', { totalEligibleCents: 0 }, /total eligible budget must be positive/],
    ['a fractional award', { awardCents: 10.5 }, MoneyError],
    ['a tranche listed twice', { tranches: [...tranches(), { ...tranches()[0] }] }, /tranche 1 is listed twice/],
    [
      'an interim tranche released by the final report',
      {
        tranches: tranches().map((t) =>
          t.kind === 'interim' ? { ...t, releasedByReport: { kind: 'final' as const, sequence: 1 } } : t,
        ),
      },
      /tranche 2 \(interim\) must be released by interim report/,
    ],
    [
      'a pre-financing released by a report',
      {
        tranches: tranches().map((t) =>
          t.sequence === 1 ? { ...t, releasedByReport: { kind: 'interim' as const, sequence: 1 } } : t,
        ),
      },
      /must be released by no report/,
    ],
    [
      'two balances',
      {
        tranches: tranches().map((t) => ({
          ...t,
          kind: 'balance' as const,
          releasedByReport: { kind: 'final' as const, sequence: 1 },
        })),
      },
      /one balance/,
    ],
    ['a report listed twice', { reports: [final(1), final(2)] }, /final 1 report is listed twice/],
    ['negative spending', { reports: [final(-1)] }, MoneyError],
    [
      'an unknown payment status',
      { tranches: tranches().map((t) => ({ ...t, paymentStatus: 'sent' as never })) },
      /unknown payment status sent/,
    ],
    [
      'an unknown tranche kind',
      { tranches: tranches().map((t) => ({ ...t, kind: 'constructor' as never })) },
      /unknown kind constructor/,
    ],
  ] as const)('throws on %s', (_why, extra, error) => {
    expect(() => evaluateTranche({ ...input(1), ...(extra as Partial<TrancheConditionInput>) })).toThrow(
      error as RegExp,
    );
  });

  it('throws GrantRuleError for the structure, MoneyError for the amounts', () => {
    expect(() => trancheBlocks(input(7))).toThrow(GrantRuleError);
    expect(() => payableCents(input(1, { 1: ['paid', 0.5] }))).toThrow(MoneyError);
  });
});

describe('the award ceiling', () => {
  it('lets committed + amount reach the award exactly, not a cent beyond', () => {
    expect(() => assertWithinAward(AWARD, 3_200_000, 800_000)).not.toThrow();
    expect(() => assertWithinAward(AWARD, 0, AWARD)).not.toThrow();
    expect(() => assertWithinAward(AWARD, 3_200_001, 800_000)).toThrow(AwardExceededError);
  });

  it('says by how much, naming the amounts', () => {
    let error: unknown;
    try {
      assertWithinAward(AWARD, 3_500_000, 800_000);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      name: 'AwardExceededError',
      awardCents: AWARD,
      committedCents: 3_500_000,
      amountCents: 800_000,
    });
    expect((error as Error).message).toBe(
      'a payment of 800000 cents on top of 3500000 committed exceeds the award of 4000000',
    );
  });

  it('refuses a payment of nothing, a negative commitment or fractions of a cent', () => {
    expect(() => assertWithinAward(AWARD, 0, 0)).toThrow(/payment amount must be positive/);
    expect(() => assertWithinAward(AWARD, -1, 1)).toThrow(MoneyError);
    expect(() => assertWithinAward(AWARD, 0, 1.5)).toThrow(MoneyError);
  });
});

describe('cumulative spending of reports', () => {
  it('adds the approved reports before each one to its own period, interim ones first', () => {
    const reports = cumulativeReportSpending([
      { kind: 'final', sequence: 1, status: 'submitted', spentCents: 500 },
      { kind: 'interim', sequence: 2, status: 'returned', spentCents: 300 },
      { kind: 'interim', sequence: 1, status: 'approved', spentCents: 1_000 },
    ]);
    expect(reports).toEqual([
      // The returned interim report 2 does not count for the final one.
      { kind: 'final', sequence: 1, status: 'submitted', spentCents: 1_500 },
      { kind: 'interim', sequence: 2, status: 'returned', spentCents: 1_300 },
      { kind: 'interim', sequence: 1, status: 'approved', spentCents: 1_000 },
    ]);
  });

  it('refuses negative spending', () =>
    expect(() => cumulativeReportSpending([{ kind: 'final', sequence: 1, status: 'draft', spentCents: -1 }])).toThrow(
      MoneyError,
    ));
});

describe('paying a whole grant as the rules allow', () => {
  it('pays exactly the grant’s share of the eligible costs, with any excess recovered, never above the award', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 6_000_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 1, max: 48 }),
        fc.array(fc.integer({ min: 0, max: 4_000_000 }), { minLength: 4, maxLength: 4 }),
        (awardCents, coFinancingCents, months, periodSpending) => {
          const totalEligibleCents = awardCents + coFinancingCents * 100;
          const startDate = '2027-01-01';
          const endDate = new Date(Date.UTC(2027, months, 0)).toISOString().slice(0, 10);
          const plan = defaultSchedule({ awardCents, startDate, endDate });
          const payments: Payments = {};
          const state = (): TrancheConditionInput => ({
            grantStatus: 'in_implementation',
            awardCents,
            totalEligibleCents,
            tranches: plan.tranches.map((tranche) => {
              const [paymentStatus, paymentCents] = payments[tranche.sequence] ?? ['none', 0];
              return { ...tranche, paymentStatus, paymentCents };
            }),
            reports: cumulativeReportSpending(
              plan.reports.map((report, i) => ({ ...report, status: 'approved', spentCents: periodSpending[i] ?? 0 })),
            ),
            trancheSequence: 0,
          });
          for (const tranche of plan.tranches) {
            const amount = payableCents({ ...state(), trancheSequence: tranche.sequence });
            if (amount > 0) {
              const committed = Object.values(payments).reduce((sum, payment) => sum + (payment?.[1] ?? 0), 0);
              assertWithinAward(awardCents, committed, amount);
              payments[tranche.sequence] = ['paid', amount];
            }
          }
          const paid = Object.values(payments).reduce((sum, payment) => sum + (payment?.[1] ?? 0), 0);
          const eligible = finalEligibleGrantCents(state())!;
          expect(paid).toBeLessThanOrEqual(awardCents);
          expect(paid - recoveryCents(state())).toBe(eligible);
          expect(trancheBlocks({ ...state(), trancheSequence: plan.tranches.length })).not.toContain(
            'previous_tranche_unpaid',
          );
        },
      ),
    ));
});
