import fc from 'fast-check';
import { MoneyError } from '../money';
import { addCalendarDays, daysBetween, periodEndDate } from './dates';
import { GrantRuleError } from './grant-rule-error';
import { type GrantSchedule, defaultSchedule, grantDurationMonths } from './schedule';

const sum = (schedule: GrantSchedule) => schedule.tranches.reduce((total, tranche) => total + tranche.plannedCents, 0);

describe('grant duration in months', () => {
  it.each([
    ['a calendar year', '2027-01-01', '2027-12-31', 12],
    ['a year and a day (12 vs 13)', '2027-01-01', '2028-01-01', 13],
    ['a year from mid-month', '2027-03-15', '2028-03-14', 12],
    ['a year from mid-month and a day', '2027-03-15', '2028-03-15', 13],
    ['a year over a leap day', '2027-03-01', '2028-02-29', 12],
    ['a year from a leap day', '2028-02-29', '2029-02-28', 12],
    ['a year from a leap day and a day', '2028-02-29', '2029-03-01', 13],
    ['a month from the 31st', '2027-01-31', '2027-02-28', 1],
    ['a month and a day from the 31st', '2027-01-31', '2027-03-01', 2],
    ['six months', '2027-01-01', '2027-06-30', 6],
    ['a begun month counts', '2027-01-01', '2027-06-15', 6],
    ['a single day', '2027-05-05', '2027-05-05', 1],
    ['18 months', '2027-07-01', '2028-12-31', 18],
    ['three years', '2027-01-01', '2029-12-31', 36],
  ])('%s: %s..%s is %i months', (_why, start, end, months) => expect(grantDurationMonths(start, end)).toBe(months));

  it('refuses an end before the start, naming both', () => {
    expect(() => grantDurationMonths('2027-12-31', '2027-01-01')).toThrow(GrantRuleError);
    expect(() => grantDurationMonths('2027-12-31', '2027-01-01')).toThrow(
      'end date 2027-01-01 is before start date 2027-12-31',
    );
  });

  it('refuses dates that do not exist', () => {
    expect(() => grantDurationMonths('2027-02-29', '2027-12-31')).toThrow(/start date/);
    expect(() => grantDurationMonths('2027-01-01', '2027-12-32')).toThrow(/end date/);
  });

  it('is the smallest number of months whose period reaches the end date', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 2_000 }), (offset, length) => {
        const start = addCalendarDays('2000-01-01', offset);
        const end = addCalendarDays(start, length);
        const months = grantDurationMonths(start, end);
        expect(periodEndDate(start, months) >= end).toBe(true);
        if (months > 1) expect(periodEndDate(start, months - 1) < end).toBe(true);
      }),
    ));
});

describe('default schedule', () => {
  it('≤ 12 months: 80% pre-financing on signature, the balance after the final report (due over a leap day)', () => {
    expect(defaultSchedule({ awardCents: 4_000_000, startDate: '2027-01-01', endDate: '2027-12-31' })).toEqual({
      durationMonths: 12,
      tranches: [
        { sequence: 1, kind: 'pre_financing', plannedCents: 3_200_000, releasedByReport: null },
        { sequence: 2, kind: 'balance', plannedCents: 800_000, releasedByReport: { kind: 'final', sequence: 1 } },
      ],
      reports: [
        { kind: 'final', sequence: 1, periodStart: '2027-01-01', periodEnd: '2027-12-31', dueOn: '2028-02-29' },
      ],
    });
  });

  it('6 months: the same shape, the final report due 60 days after the end', () => {
    const schedule = defaultSchedule({ awardCents: 1_000_000, startDate: '2027-03-01', endDate: '2027-08-31' });
    expect(schedule.durationMonths).toBe(6);
    expect(schedule.tranches.map((t) => [t.kind, t.plannedCents])).toEqual([
      ['pre_financing', 800_000],
      ['balance', 200_000],
    ]);
    expect(schedule.reports).toEqual([
      { kind: 'final', sequence: 1, periodStart: '2027-03-01', periodEnd: '2027-08-31', dueOn: '2027-10-30' },
    ]);
  });

  it('13 months: a second, one-month period with an interim tranche of 80% × 1/13', () => {
    const schedule = defaultSchedule({ awardCents: 1_000_001, startDate: '2027-01-01', endDate: '2028-01-31' });
    expect(schedule.durationMonths).toBe(13);
    expect(schedule.tranches).toEqual([
      // ⌊1,000,001 × 0.8 × 12/13⌋ = ⌊738,462.27⌋ and ⌊1,000,001 × 0.8 × 1/13⌋ = ⌊61,538.52⌋
      { sequence: 1, kind: 'pre_financing', plannedCents: 738_462, releasedByReport: null },
      { sequence: 2, kind: 'interim', plannedCents: 61_538, releasedByReport: { kind: 'interim', sequence: 1 } },
      { sequence: 3, kind: 'balance', plannedCents: 200_001, releasedByReport: { kind: 'final', sequence: 1 } },
    ]);
    expect(schedule.reports).toEqual([
      { kind: 'interim', sequence: 1, periodStart: '2027-01-01', periodEnd: '2027-12-31', dueOn: '2028-02-29' },
      { kind: 'final', sequence: 1, periodStart: '2028-01-01', periodEnd: '2028-01-31', dueOn: '2028-03-31' },
    ]);
  });

  it('18 months (the PRAG maximum of the demo call): 53.33% + 26.66% + the balance', () => {
    const schedule = defaultSchedule({ awardCents: 6_000_000, startDate: '2027-07-01', endDate: '2028-12-31' });
    expect(schedule.tranches.map((t) => t.plannedCents)).toEqual([3_200_000, 1_600_000, 1_200_000]);
    expect(schedule.reports.map((r) => [r.kind, r.sequence, r.periodStart, r.periodEnd, r.dueOn])).toEqual([
      ['interim', 1, '2027-07-01', '2028-06-30', '2028-08-29'],
      ['final', 1, '2028-07-01', '2028-12-31', '2029-03-01'],
    ]);
  });

  it('24 months: two equal periods, 40% + 40% + 20%', () => {
    const schedule = defaultSchedule({ awardCents: 4_000_000, startDate: '2027-01-01', endDate: '2028-12-31' });
    expect(schedule.tranches.map((t) => [t.kind, t.plannedCents, t.releasedByReport])).toEqual([
      ['pre_financing', 1_600_000, null],
      ['interim', 1_600_000, { kind: 'interim', sequence: 1 }],
      ['balance', 800_000, { kind: 'final', sequence: 1 }],
    ]);
  });

  it('30 months: interim tranches per period, the last period shorter', () => {
    const schedule = defaultSchedule({ awardCents: 3_000_000, startDate: '2027-01-15', endDate: '2029-07-14' });
    expect(schedule.durationMonths).toBe(30);
    // 80% × 12/30, 80% × 12/30, 80% × 6/30, then 20%
    expect(schedule.tranches.map((t) => t.plannedCents)).toEqual([960_000, 960_000, 480_000, 600_000]);
    expect(schedule.tranches.map((t) => t.sequence)).toEqual([1, 2, 3, 4]);
    expect(schedule.tranches[2].releasedByReport).toEqual({ kind: 'interim', sequence: 2 });
    expect(schedule.reports.map((r) => [r.kind, r.sequence, r.periodStart, r.periodEnd])).toEqual([
      ['interim', 1, '2027-01-15', '2028-01-14'],
      ['interim', 2, '2028-01-15', '2029-01-14'],
      ['final', 1, '2029-01-15', '2029-07-14'],
    ]);
  });

  it('periods from the 29th of February do not drift', () => {
    const schedule = defaultSchedule({ awardCents: 5_000_000, startDate: '2028-02-29', endDate: '2031-02-28' });
    expect(schedule.durationMonths).toBe(36);
    expect(schedule.reports.map((r) => [r.periodStart, r.periodEnd])).toEqual([
      ['2028-02-29', '2029-02-28'],
      ['2029-03-01', '2030-02-28'],
      ['2030-03-01', '2031-02-28'],
    ]);
  });

  it('rounds every tranche down except the balance, which makes the sum exact', () => {
    const schedule = defaultSchedule({ awardCents: 1_234_567, startDate: '2027-01-01', endDate: '2028-05-31' });
    // 17 months: ⌊1,234,567 × 0.8 × 12/17⌋ = ⌊697,167.2⌋, ⌊1,234,567 × 0.8 × 5/17⌋ = ⌊290,486.4⌋
    expect(schedule.tranches.map((t) => t.plannedCents)).toEqual([697_167, 290_486, 246_914]);
    expect(sum(schedule)).toBe(1_234_567);
  });

  it('refuses an award that is not positive whole cents', () => {
    const dates = { startDate: '2027-01-01', endDate: '2027-12-31' };
    expect(() => defaultSchedule({ awardCents: 0, ...dates })).toThrow(MoneyError);
    expect(() => defaultSchedule({ awardCents: -100, ...dates })).toThrow(/award must be positive/);
    expect(() => defaultSchedule({ awardCents: 100.5, ...dates })).toThrow(MoneyError);
  });

  it('refuses an end before the start', () =>
    expect(() => defaultSchedule({ awardCents: 100, startDate: '2027-02-01', endDate: '2027-01-31' })).toThrow(
      GrantRuleError,
    ));

  it('adds up to the award, pays something in every tranche, and reports on the whole grant', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 60 * 31 }),
        (awardCents, offset, length) => {
          const startDate = addCalendarDays('2026-01-01', offset);
          const endDate = addCalendarDays(startDate, length);
          const schedule = defaultSchedule({ awardCents, startDate, endDate });
          const { tranches, reports, durationMonths } = schedule;

          expect(sum(schedule)).toBe(awardCents);
          for (const tranche of tranches) {
            expect(Number.isSafeInteger(tranche.plannedCents)).toBe(true);
            expect(tranche.plannedCents).toBeGreaterThan(0);
          }
          // Pre-financing and interim tranches together are at most 80%; the balance at least 20%.
          expect(tranches.at(-1)!.plannedCents * 5).toBeGreaterThanOrEqual(awardCents);
          expect(tranches.map((t) => t.sequence)).toEqual(tranches.map((_, i) => i + 1));
          expect(tranches.map((t) => t.kind)).toEqual([
            'pre_financing',
            ...Array(tranches.length - 2).fill('interim'),
            'balance',
          ]);
          expect(tranches.length).toBe(Math.ceil(durationMonths / 12) + 1);

          // Periods tile the grant: from the start, one after the other, to the end.
          expect(reports[0].periodStart).toBe(startDate);
          expect(reports.at(-1)!.periodEnd).toBe(endDate);
          reports
            .slice(1)
            .forEach((report, i) => expect(report.periodStart).toBe(addCalendarDays(reports[i].periodEnd, 1)));
          reports.forEach((report) => expect(daysBetween(report.periodEnd, report.dueOn)).toBe(60));
          expect(reports.at(-1)).toMatchObject({ kind: 'final', sequence: 1 });

          // Every tranche but the pre-financing is released by a report that is scheduled.
          for (const tranche of tranches.slice(1)) {
            const ref = tranche.releasedByReport!;
            expect(reports.some((r) => r.kind === ref.kind && r.sequence === ref.sequence)).toBe(true);
          }
        },
      ),
    ));
});
