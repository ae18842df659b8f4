import fc from 'fast-check';
import { addCalendarDays, assertIsoDate, daysBetween, isIsoDate, periodEndDate } from './dates';
import { GrantRuleError } from './grant-rule-error';

describe('grant dates', () => {
  it.each(['2027-01-01', '2028-02-29', '2000-02-29', '2027-12-31', '1999-04-30'])('reads %s as a date', (text) =>
    expect(isIsoDate(text)).toBe(true),
  );

  it.each([
    ['29 February of a common year', '2027-02-29'],
    ['29 February of a century not divisible by 400', '1900-02-29'],
    ['31 April', '2027-04-31'],
    ['month 13', '2027-13-01'],
    ['day 0', '2027-01-00'],
    ['a time of day', '2027-01-01T00:00'],
    ['no padding', '2027-1-1'],
    ['another order', '01-01-2027'],
    ['a year before 1000', '0999-01-01'],
  ])('does not read %s', (_why, text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(() => assertIsoDate(text, 'start date')).toThrow(GrantRuleError);
    expect(() => assertIsoDate(text, 'start date')).toThrow(/start date must be a date/);
  });

  it('does not read what is not text', () => expect(isIsoDate(20270101)).toBe(false));

  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays('2027-12-31', 60)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 60)).toBe('2027-03-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-06-30', 0)).toBe('2027-06-30');
    expect(() => addCalendarDays('2027-06-30', 1.5)).toThrow(GrantRuleError);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it.each([
    ['2027-01-01', 12, '2027-12-31'],
    ['2027-01-01', 1, '2027-01-31'],
    ['2027-03-15', 1, '2027-04-14'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2027-01-31', 2, '2027-03-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-03-01', 12, '2028-02-29'],
    ['2027-07-01', 18, '2028-12-31'],
    ['2027-11-30', 3, '2028-02-29'],
  ] as const)('a period of %s + %i months ends on %s', (start, months, end) =>
    expect(periodEndDate(start, months)).toBe(end),
  );

  it('refuses a period of no months', () => {
    expect(() => periodEndDate('2027-01-01', 0)).toThrow(GrantRuleError);
    expect(() => periodEndDate('2027-01-01', 1.5)).toThrow(GrantRuleError);
  });

  it('ends each longer period later, and within its last month', () =>
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 120 }),
        (date, months) => {
          const start = date.toISOString().slice(0, 10);
          const end = periodEndDate(start, months);
          const next = periodEndDate(start, months + 1);
          expect(isIsoDate(end)).toBe(true);
          expect(next > end).toBe(true);
          // Between 28 and 31 days per month on average, never more than one month off.
          expect(daysBetween(start, end) + 1).toBeGreaterThanOrEqual(months * 28);
          expect(daysBetween(start, end) + 1).toBeLessThanOrEqual(months * 31);
        },
      ),
    ));
});
