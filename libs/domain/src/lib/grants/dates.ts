/**
 * The calendar dates of a grant (`YYYY-MM-DD`, as PostgreSQL's `date` and `<input type="date">` give
 * them): start and end, reporting periods, due dates. They are days in Albania with no time of day, so
 * they are counted as whole days in UTC arithmetic, where no summer-time change makes a day 23 or 25
 * hours long and no server's zone can shift a date by one.
 */
import { GrantRuleError } from './grant-rule-error';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** True for a real date written `YYYY-MM-DD` (2027-02-29 is not one; 2028-02-29 is). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws `GrantRuleError` naming the field unless `text` is a real `YYYY-MM-DD` date. */
export function assertIsoDate(text: string, what: string): string {
  if (!isIsoDate(text))
    throw new GrantRuleError(`${what} must be a date written YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return text;
}

/** The date `days` days later (earlier when negative). */
export function addCalendarDays(date: string, days: number): string {
  assertIsoDate(date, 'date');
  if (!Number.isSafeInteger(days)) throw new GrantRuleError(`days must be a whole number, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(assertIsoDate(to, 'to')) - toEpochDay(assertIsoDate(from, 'from'));
}

/**
 * The last day of a period of `months` months that begins on `startDate` (both days included): the
 * day before the same day of the month `months` later, e.g. 2027-01-01 + 12 → 2027-12-31 and
 * 2027-03-15 + 1 → 2027-04-14. When that day does not exist in the target month the period ends on
 * the month's last day, as EU law counts periods in months (Regulation 1182/71, art. 3(2)(c)):
 * 2027-01-31 + 1 → 2027-02-28, 2028-01-31 + 1 → 2028-02-29.
 */
export function periodEndDate(startDate: string, months: number): string {
  const start = parse(assertIsoDate(startDate, 'start date'));
  if (!Number.isSafeInteger(months) || months < 1)
    throw new GrantRuleError(`months must be a whole number ≥ 1, got ${months}`);
  const monthIndex = start.month - 1 + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(year, month);
  if (start.day > lastDay) return format({ year, month, day: lastDay });
  return fromEpochDay(toEpochDay(format({ year, month, day: start.day })) - 1);
}

function parse(text: string): CalendarDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

function format({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toEpochDay(text: string): number {
  const { year, month, day } = parse(text);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * DAY_MS);
  const text = format({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  if (!isIsoDate(text)) throw new GrantRuleError(`a date ${epochDay} days from 1970-01-01 is out of range`);
  return text;
}
