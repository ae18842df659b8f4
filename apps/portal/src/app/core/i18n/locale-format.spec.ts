import { formatDate, formatMoney, startOfTiraneDay } from './locale-format';

// Intl separates thousands with a (narrow) no-break space in Albanian; compare what people see.
const visible = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats EUR cents the Albanian way', () => {
    expect(visible(formatMoney(1_234_500, 'EUR', 'sq'))).toBe('12 345,00 €');
  });

  it('formats EUR cents the English way', () => {
    expect(formatMoney(1_234_500, 'EUR', 'en-GB')).toBe('€12,345.00');
  });

  it('drops the decimals when asked for a rounded figure', () => {
    expect(visible(formatMoney(6_000_000, 'EUR', 'sq', 'rounded'))).toBe('60 000 €');
    expect(formatMoney(6_000_000, 'EUR', 'en-GB', 'rounded')).toBe('€60,000');
  });

  it('treats lekë as whole units', () => {
    expect(visible(formatMoney(45_000, 'ALL', 'sq'))).toBe('45 000 Lekë');
  });
});

describe('formatDate', () => {
  const march7 = new Date(Date.UTC(2025, 2, 7, 10, 5));

  it('writes dates as Albanians do', () => {
    expect(formatDate(march7, 'date', 'sq')).toBe('7.3.2025');
  });

  it('writes English dates day first', () => {
    expect(formatDate(march7, 'date', 'en-GB')).toBe('07/03/2025');
  });

  it('shows times on a 24-hour clock in Europe/Tirane', () => {
    expect(formatDate(march7, 'time', 'sq')).toBe('11:05');
    // Summer time: UTC+2.
    expect(formatDate('2025-07-01T10:05:00Z', 'time', 'en-GB')).toBe('12:05');
  });

  it('returns nothing for an invalid date rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'date', 'sq')).toBe('');
  });
});

describe('formatDate patterns', () => {
  it('follows the locale for written-out dates', () => {
    const date = new Date(Date.UTC(2025, 2, 7, 10, 5));
    expect(formatDate(date, 'medium', 'sq')).toBe('7 mar 2025');
    expect(formatDate(date, 'long', 'en-GB')).toBe('7 March 2025');
    expect(formatDate(date, 'dateTime', 'sq')).toBe('7 mar 2025, 11:05');
  });

  it('counts the day in Tirana, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Tirana.
    expect(formatDate('2025-12-31T23:30:00Z', 'date', 'sq')).toBe('1.1.2026');
  });
});

describe('startOfTiraneDay', () => {
  it('finds midnight in Tirana in winter (UTC+1) and summer (UTC+2)', () => {
    expect(startOfTiraneDay('2025-01-15')?.toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(startOfTiraneDay('2025-07-01')?.toISOString()).toBe('2025-06-30T22:00:00.000Z');
  });

  it('gets the days the clocks change right', () => {
    // Clocks go forward at 02:00 on 30 March 2025 and back at 03:00 on 26 October 2025: midnight is
    // still on the old offset.
    expect(startOfTiraneDay('2025-03-30')?.toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfTiraneDay('2025-10-26')?.toISOString()).toBe('2025-10-25T22:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(startOfTiraneDay('7.3.2025')).toBeNull();
  });
});
