/**
 * Locale-aware formatting through `Intl`, so numbers, money and dates follow CLDR rather than
 * hand-written patterns (GLOSSARY: `12 345,00 €` in Albanian, `€12,345.00` in English).
 */

/** Every date a person reads is in the scheme's time zone, whatever the device's clock says. */
export const SCHEME_TIME_ZONE = 'Europe/Tirane';

/** Currencies Skema handles, with how many minor units the API stores per whole unit. */
export const MONEY_MINOR_UNITS = { EUR: 100, ALL: 1 } as const;
export type Currency = keyof typeof MONEY_MINOR_UNITS;

/** `exact` keeps the currency's decimals (for budgets, payments); `rounded` drops them (for prose). */
export type MoneyDisplay = 'exact' | 'rounded';

export type DateDisplay = 'date' | 'medium' | 'long' | 'dateTime' | 'time';

const DATE_OPTIONS: Readonly<Record<DateDisplay, Intl.DateTimeFormatOptions>> = {
  date: { day: 'numeric', month: 'numeric', year: 'numeric' },
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
  // CLDR gives Albanian a 12-hour clock ("11:05 p.d."); Albanian institutions write 24-hour times.
  time: { timeStyle: 'short', hourCycle: 'h23' },
};

// Building an Intl formatter costs far more than using one, and templates format on every check.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an amount given in the API's integer minor units (EUR cents, ALL lekë). */
export function formatMoney(
  amountMinor: number,
  currency: Currency,
  locale: string,
  display: MoneyDisplay = 'exact',
): string {
  const key = `${locale}|${currency}|${display}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(display === 'rounded' || MONEY_MINOR_UNITS[currency] === 1
        ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : {}),
    });
    numberFormats.set(key, format);
  }
  return format.format(amountMinor / MONEY_MINOR_UNITS[currency]);
}

export function formatDate(value: Date | string | number, display: DateDisplay, locale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${locale}|${display}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[display], timeZone: SCHEME_TIME_ZONE });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
