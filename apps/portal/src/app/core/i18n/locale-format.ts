import {
  FormatWidth,
  formatCurrency,
  formatDate as angularFormatDate,
  getCurrencySymbol,
  getLocaleDateFormat,
  getLocaleDateTimeFormat,
  registerLocaleData,
} from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeSq from '@angular/common/locales/sq';

/**
 * Locale-aware formatting from Angular's bundled CLDR data, not from the browser's `Intl`: Chrome ships
 * ICU data only for its own UI languages, and Albanian is not one, so `Intl` there prints Albanian
 * money as `€12,345.00`. With the data in the bundle every browser shows `12 345,00 €` (GLOSSARY).
 */
export function registerSkemaLocales(): void {
  registerLocaleData(localeSq, 'sq');
  registerLocaleData(localeEnGb, 'en-GB');
}
registerSkemaLocales();

/** Every date a person reads is in the scheme's time zone, whatever the device's clock says. */
export const SCHEME_TIME_ZONE = 'Europe/Tirane';

/** Currencies Skema handles, with how many minor units the API stores per whole unit. */
export const MONEY_MINOR_UNITS = { EUR: 100, ALL: 1 } as const;
export type Currency = keyof typeof MONEY_MINOR_UNITS;

/** `exact` keeps the currency's decimals (budgets, payments); `rounded` drops them (prose). */
export type MoneyDisplay = 'exact' | 'rounded';

export type DateDisplay = 'date' | 'medium' | 'long' | 'dateTime' | 'time';

/** Formats an amount given in the API's integer minor units (EUR cents, ALL lekë). */
export function formatMoney(
  amountMinor: number,
  currency: Currency,
  locale: string,
  display: MoneyDisplay = 'exact',
): string {
  const decimals = display === 'rounded' || MONEY_MINOR_UNITS[currency] === 1 ? '1.0-0' : '1.2-2';
  // Lekë are written out ("45 000 Lekë"); the euro keeps its sign.
  const symbol = getCurrencySymbol(currency, currency === 'ALL' ? 'wide' : 'narrow', locale);
  return formatCurrency(amountMinor / MONEY_MINOR_UNITS[currency], locale, symbol, currency, decimals);
}

export function formatDate(value: Date | string | number, display: DateDisplay, locale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return angularFormatDate(date, datePattern(display, locale), locale, tiraneOffset(date));
}

// Albanian institutions write 24-hour times, although CLDR gives Albanian a 12-hour clock.
const TIME_PATTERN = 'HH:mm';

function datePattern(display: DateDisplay, locale: string): string {
  switch (display) {
    case 'date':
      // The locale's short date with the full year: `7.3.2025`, `07/03/2025`.
      return getLocaleDateFormat(locale, FormatWidth.Short).replace(/y+/, 'y');
    case 'medium':
      return getLocaleDateFormat(locale, FormatWidth.Medium);
    case 'long':
      return getLocaleDateFormat(locale, FormatWidth.Long);
    case 'time':
      return TIME_PATTERN;
    case 'dateTime':
      return getLocaleDateTimeFormat(locale, FormatWidth.Short)
        .replace('{1}', getLocaleDateFormat(locale, FormatWidth.Medium))
        .replace('{0}', TIME_PATTERN);
  }
}

const offsetParts = new Intl.DateTimeFormat('en-US', {
  timeZone: SCHEME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Minutes Tirana's clock is ahead of UTC at that instant: 60 in winter, 120 in summer. */
export function tiraneOffsetMinutes(date: Date): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(offsetParts.formatToParts(date).find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wallClock - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a calendar day (`2025-03-07`, as a date input gives it) begins in Tirana. Filters by
 * day must count Tirana's days, not the browser's or UTC's.
 */
export function startOfTiraneDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The offset at UTC midnight is right except on the night the clocks change; one more step fixes that.
  const first = midnightUtc - tiraneOffsetMinutes(new Date(midnightUtc)) * 60_000;
  return new Date(midnightUtc - tiraneOffsetMinutes(new Date(first)) * 60_000);
}

/**
 * Angular takes a fixed offset, but Tirana moves between +0100 and +0200. Time-zone rules, unlike
 * locale data, are complete in every browser, so `Intl` tells us the offset at that instant.
 */
function tiraneOffset(date: Date): string {
  const minutes = tiraneOffsetMinutes(date);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
