import fc from 'fast-check';
import { MoneyError } from '../money';
import {
  type ApprovedBudgetLine,
  type BudgetLineBeforeAmendment,
  type ReportWithExpenditure,
  budgetExecution,
  reallocationProblems,
} from './budget-execution';
import { GrantRuleError } from './grant-rule-error';

const LINES: ApprovedBudgetLine[] = [
  { key: '0', category: 'human_resources', description: 'Project coordinator', approvedCents: 2_400_000 },
  { key: '1', category: 'human_resources', description: 'Social worker', approvedCents: 1_600_000 },
  { key: '2', category: 'travel', description: 'Field visits', approvedCents: 400_000 },
  { key: '3', category: 'services', description: 'Vocational training', approvedCents: 600_000 },
];

const report = (
  kind: ReportWithExpenditure['kind'],
  sequence: number,
  status: ReportWithExpenditure['status'],
  spent: Record<string, number>,
): ReportWithExpenditure => ({
  kind,
  sequence,
  status,
  expenditure: Object.entries(spent).map(([lineKey, spentCents]) => ({ lineKey, spentCents })),
});

describe('budget execution of a grant', () => {
  it('adds up the approved reports per line: approved, spent, remaining, and totals', () => {
    const execution = budgetExecution(LINES, [
      report('interim', 1, 'approved', { '0': 1_200_000, '2': 150_000 }),
      report('final', 1, 'approved', { '0': 1_200_000, '1': 800_000, '2': 300_000 }),
    ]);
    expect(execution.lines.map((l) => [l.key, l.approvedCents, l.spentCents, l.remainingCents])).toEqual([
      ['0', 2_400_000, 2_400_000, 0],
      ['1', 1_600_000, 800_000, 800_000],
      // Overspent: the CSO's own money beyond the line, shown as a negative remainder.
      ['2', 400_000, 450_000, -50_000],
      ['3', 600_000, 0, 600_000],
    ]);
    expect(execution).toMatchObject({ approvedCents: 5_000_000, spentCents: 3_650_000, remainingCents: 1_350_000 });
    expect(execution.lines[0]).toMatchObject({ category: 'human_resources', description: 'Project coordinator' });
  });

  it.each(['draft', 'submitted', 'returned'] as const)('does not count a %s report', (status) => {
    const execution = budgetExecution(LINES, [report('interim', 1, status, { '0': 1_000_000 })]);
    expect(execution.spentCents).toBe(0);
    expect(execution.remainingCents).toBe(5_000_000);
  });

  it('has nothing spent before any report', () =>
    expect(budgetExecution(LINES, [])).toMatchObject({ spentCents: 0, approvedCents: 5_000_000 }));

  it('refuses a report spending on a line the budget does not have, even a draft', () => {
    expect(() => budgetExecution(LINES, [report('interim', 1, 'draft', { '9': 1 })])).toThrow(GrantRuleError);
    expect(() => budgetExecution(LINES, [report('interim', 2, 'approved', { '9': 1 })])).toThrow(
      'interim report 2 spends on unknown budget line 9',
    );
  });

  it('refuses a line listed twice and amounts that are not whole cents ≥ 0', () => {
    expect(() => budgetExecution([...LINES, LINES[0]], [])).toThrow(/line 0 is listed twice/);
    expect(() => budgetExecution(LINES, [report('final', 1, 'approved', { '0': -5 })])).toThrow(MoneyError);
    expect(() => budgetExecution([{ ...LINES[0], approvedCents: 0.5 }], [])).toThrow(MoneyError);
  });

  it('keeps approved = spent + remaining, per line and in total', () =>
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (periods) => {
          const reports = periods.map((spent, i) =>
            report(
              'interim',
              i + 1,
              i % 2 === 0 ? 'approved' : 'submitted',
              Object.fromEntries(spent.map((s, k) => [String(k), s])),
            ),
          );
          const execution = budgetExecution(LINES, reports);
          for (const line of execution.lines) expect(line.spentCents + line.remainingCents).toBe(line.approvedCents);
          expect(execution.spentCents + execution.remainingCents).toBe(execution.approvedCents);
          expect(execution.spentCents).toBe(
            periods
              .filter((_, i) => i % 2 === 0)
              .flat()
              .reduce((a, b) => a + b, 0),
          );
        },
      ),
    ));
});

describe('reallocation by amendment', () => {
  const before: BudgetLineBeforeAmendment[] = LINES.map((line) => ({ ...line, spentCents: 0 }));
  const after = (changes: Record<string, number>, extra: ApprovedBudgetLine[] = []): ApprovedBudgetLine[] => [
    ...LINES.map((line) => ({ ...line, approvedCents: line.approvedCents + (changes[line.key] ?? 0) })),
    ...extra,
  ];

  it('accepts the same budget, and a new description', () => {
    expect(reallocationProblems(before, LINES)).toEqual([]);
    expect(
      reallocationProblems(
        before,
        LINES.map((l) => ({ ...l, description: `${l.description} (revised)` })),
      ),
    ).toEqual([]);
  });

  it('moves a line by exactly 25%, not a cent more', () => {
    // Travel 4,000 + 1,000 (25%) from the coordinator (−4.2%).
    expect(reallocationProblems(before, after({ '2': 100_000, '0': -100_000 }))).toEqual([]);
    expect(reallocationProblems(before, after({ '2': 100_001, '0': -100_001 }))).toEqual([
      {
        code: 'line_change_above_tolerance',
        key: '2',
        approvedCents: 400_000,
        newCents: 500_001,
        maxChangeCents: 100_000,
      },
      {
        code: 'category_change_above_tolerance',
        category: 'travel',
        approvedCents: 400_000,
        newCents: 500_001,
        maxChangeCents: 100_000,
      },
    ]);
  });

  it('measures decreases the same way as increases', () =>
    expect(reallocationProblems(before, after({ '3': -150_001, '0': 150_001 }))).toEqual([
      {
        code: 'line_change_above_tolerance',
        key: '3',
        approvedCents: 600_000,
        newCents: 449_999,
        maxChangeCents: 150_000,
      },
      {
        code: 'category_change_above_tolerance',
        category: 'services',
        approvedCents: 600_000,
        newCents: 449_999,
        maxChangeCents: 150_000,
      },
    ]));

  it('rounds the tolerance down on odd amounts (25% of 0.03 € is 0.0075 €: no cent may move)', () => {
    const tiny = [{ key: 'a', category: 'other', description: 'Bank charges', approvedCents: 3 }, { ...LINES[0] }];
    expect(
      reallocationProblems(tiny, [
        { ...tiny[0], approvedCents: 4 },
        { ...LINES[0], approvedCents: LINES[0].approvedCents - 1 },
      ]),
    ).toContainEqual(expect.objectContaining({ code: 'line_change_above_tolerance', key: 'a', maxChangeCents: 0 }));
  });

  it('keeps the total eligible budget', () =>
    expect(reallocationProblems(before, after({ '0': 100_000 }))).toEqual([
      { code: 'total_changed', beforeCents: 5_000_000, afterCents: 5_100_000 },
    ]));

  it('refuses to remove or repeat a line, or move it to another heading', () => {
    expect(reallocationProblems(before, LINES.slice(1))).toEqual(
      expect.arrayContaining([{ code: 'line_removed', key: '0' }]),
    );
    expect(reallocationProblems(before, [...LINES, { ...LINES[3], approvedCents: 0 }])).toEqual([
      { code: 'line_duplicated', key: '3' },
    ]);
    expect(
      reallocationProblems(
        before,
        LINES.map((l) => (l.key === '2' ? { ...l, category: 'services' } : l)),
      ),
    ).toEqual([
      { code: 'line_category_changed', key: '2', fromCategory: 'travel', toCategory: 'services' },
      // Both headings move by the whole line: 100% of travel, 67% of services.
      {
        code: 'category_change_above_tolerance',
        category: 'travel',
        approvedCents: 400_000,
        newCents: 0,
        maxChangeCents: 100_000,
      },
      {
        code: 'category_change_above_tolerance',
        category: 'services',
        approvedCents: 600_000,
        newCents: 1_000_000,
        maxChangeCents: 150_000,
      },
    ]);
  });

  it('accepts a new line with a description within an existing heading', () => {
    const newLine = { key: 'n1', category: 'human_resources', description: 'Psychologist', approvedCents: 500_000 };
    expect(reallocationProblems(before, after({ '0': -500_000 }, [newLine]))).toEqual([]);
  });

  it('refuses a new line without a description or with an unknown category', () => {
    const newLine = { key: 'n1', category: 'human_resources', description: '  ', approvedCents: 100_000 };
    expect(reallocationProblems(before, after({ '0': -100_000 }, [newLine]))).toEqual([
      { code: 'new_line_without_description', key: 'n1' },
    ]);
    const unknown = { ...newLine, description: 'Gifts', category: 'gifts' };
    expect(reallocationProblems(before, after({ '0': -100_000 }, [unknown]))).toEqual([
      { code: 'line_category_unknown', key: 'n1', category: 'gifts' },
      {
        code: 'category_change_above_tolerance',
        category: 'gifts',
        approvedCents: 0,
        newCents: 100_000,
        maxChangeCents: 0,
      },
    ]);
  });

  it('refuses a new heading, which PRAG leaves to a formal addendum', () => {
    const equipment = { key: 'n1', category: 'equipment', description: 'Laptop', approvedCents: 100_000 };
    expect(reallocationProblems(before, after({ '0': -100_000 }, [equipment]))).toEqual([
      {
        code: 'category_change_above_tolerance',
        category: 'equipment',
        approvedCents: 0,
        newCents: 100_000,
        maxChangeCents: 0,
      },
    ]);
  });

  it('refuses new lines that would grow a heading beyond 25% (each old line within its own tolerance)', () => {
    const travel = { key: 'n1', category: 'travel', description: 'Regional conference', approvedCents: 400_000 };
    // Coordinator and social worker −10% each, the heading −10%: fine; travel doubles.
    expect(reallocationProblems(before, after({ '0': -240_000, '1': -160_000 }, [travel]))).toEqual([
      {
        code: 'category_change_above_tolerance',
        category: 'travel',
        approvedCents: 400_000,
        newCents: 800_000,
        maxChangeCents: 100_000,
      },
    ]);
  });

  it('refuses to lower a line below what was already spent on it', () => {
    const spent = before.map((line) => (line.key === '3' ? { ...line, spentCents: 550_000 } : line));
    expect(reallocationProblems(spent, after({ '3': -50_000, '0': 50_000 }))).toEqual([]);
    expect(reallocationProblems(spent, after({ '3': -50_001, '0': 50_001 }))).toEqual([
      { code: 'line_below_spent', key: '3', newCents: 549_999, spentCents: 550_000 },
    ]);
  });

  it('lists only the line problems when an amount is not whole cents ≥ 0', () =>
    expect(reallocationProblems(before, after({ '0': -2_500_000, '2': 0.5 }))).toEqual([
      { code: 'line_amount_invalid', key: '0', amountCents: -100_000 },
      { code: 'line_amount_invalid', key: '2', amountCents: 400_000.5 },
    ]));

  it('lists every problem in a stable order', () => {
    const problems = reallocationProblems(
      before.map((line) => (line.key === '1' ? { ...line, spentCents: 1_500_000 } : line)),
      [
        { ...LINES[1], approvedCents: 1_000_000 },
        { ...LINES[2], category: 'other' },
        LINES[3],
        { key: 'n', category: 'other', description: '', approvedCents: 10 },
      ],
    ).map((problem) => problem.code);
    expect(problems).toEqual([
      'line_removed',
      'line_category_changed',
      'new_line_without_description',
      'total_changed',
      'line_change_above_tolerance',
      'category_change_above_tolerance',
      'category_change_above_tolerance',
      'category_change_above_tolerance',
      'line_below_spent',
    ]);
  });

  it('refuses a tolerance outside 0–100%, an approved budget that repeats a line, negative spending', () => {
    expect(() => reallocationProblems(before, LINES, 10_001)).toThrow(GrantRuleError);
    expect(() => reallocationProblems([...before, before[0]], LINES)).toThrow(/listed twice/);
    expect(() => reallocationProblems([{ ...before[0], spentCents: -1 }], LINES)).toThrow(MoneyError);
  });

  it('whatever it accepts keeps the total and every old line and heading within 25%', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 3, maxLength: 3 }), (percents) => {
        // Transfers in whole percent of each line, the coordinator's line balancing them.
        const deltas = percents.map((percent, i) => (LINES[i + 1].approvedCents * percent) / 100);
        const proposal = after({
          '0': -deltas.reduce((a, b) => a + b, 0),
          '1': deltas[0],
          '2': deltas[1],
          '3': deltas[2],
        });
        const problems = reallocationProblems(before, proposal);
        const outside = percents.some((percent) => Math.abs(percent) > 25);
        expect(problems.some((p) => p.code === 'line_change_above_tolerance')).toBe(
          outside || Math.abs(proposal[0].approvedCents - LINES[0].approvedCents) * 4 > LINES[0].approvedCents,
        );
        if (problems.length > 0) return;
        accepted += 1;
        expect(proposal.reduce((sum, l) => sum + l.approvedCents, 0)).toBe(5_000_000);
        proposal.forEach((line, i) =>
          expect(Math.abs(line.approvedCents - LINES[i].approvedCents) * 4).toBeLessThanOrEqual(LINES[i].approvedCents),
        );
      }),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
