import { CALL_LIMITS, Locale } from '@skema/contracts';

/**
 * Amounts and quantities as people type them, read into exact integers without float arithmetic:
 * "12 345,50" (sq) or "12,345.50" (en) → 1 234 550 cents. The locale's decimal separator is the
 * decimal point; the other one, spaces and the euro sign are ignored as grouping, except that a lone
 * "other" separator followed by one or two digits can only be a decimal point ("12.5" in sq).
 */

const DECIMAL: Readonly<Record<Locale, string>> = { sq: ',', en: '.' };

/** Whole units and hundredths from a typed number, or null when it is not one. */
function parseHundredths(text: string, locale: Locale): { whole: string; fraction: string } | null {
  const decimal = DECIMAL[locale];
  const other = decimal === ',' ? '.' : ',';
  let value = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (value === '') return null;
  const lone = new RegExp(`^\\d+\\${other}\\d{1,2}$`);
  if (!value.includes(decimal) && lone.test(value)) value = value.replace(other, decimal);
  const [whole, fraction = '', ...rest] = value.split(decimal);
  if (rest.length > 0) return null;
  // Grouping separators only between digits, never at the ends: "1.234" yes, ".5" or "12." no.
  if (!/^\d+([.,]\d+)*$/.test(whole)) return null;
  if (value.endsWith(decimal) || !/^\d{0,2}$/.test(fraction)) return null;
  return { whole: whole.replace(/[.,]/g, ''), fraction: fraction.padEnd(2, '0') };
}

/** EUR typed by a person → integer cents; null when it is not an amount (or beyond the scheme's limit). */
export function parseEuroCents(text: string | null | undefined, locale: Locale): number | null {
  const parsed = parseHundredths(text ?? '', locale);
  if (!parsed) return null;
  // Digits are joined as text, so 0.1 + 0.2 never happens; the length check keeps them exact.
  const digits = `${parsed.whole}${parsed.fraction}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const cents = Number(digits);
  return Number.isSafeInteger(cents) && cents <= CALL_LIMITS.amountMaxCents ? cents : null;
}

/** A quantity with up to two decimals (2,5 months) → a number the domain's `lineTotalCents` takes. */
export function parseQuantity(text: string | null | undefined, locale: Locale): number | null {
  const parsed = parseHundredths(text ?? '', locale);
  if (!parsed || parsed.whole.length > 9) return null;
  return Number(`${parsed.whole}${parsed.fraction}`) / 100;
}

/** Cents → the text an input shows, in the locale's notation without grouping ("1234,50"). */
export function formatCentsForInput(cents: number | null | undefined, locale: Locale): string {
  if (cents === null || cents === undefined || !Number.isSafeInteger(cents)) return '';
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = Math.trunc(absolute / 100);
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${sign}${whole}${DECIMAL[locale]}${fraction}`;
}

/** A quantity → input text ("2,5" in sq); whole numbers stay whole. */
export function formatQuantityForInput(quantity: number | null | undefined, locale: Locale): string {
  if (quantity === null || quantity === undefined || !Number.isFinite(quantity)) return '';
  const hundredths = Math.round(quantity * 100);
  const whole = Math.trunc(hundredths / 100);
  const rest = Math.abs(hundredths % 100);
  if (rest === 0) return String(whole);
  const fraction = String(rest).padStart(2, '0').replace(/0$/, '');
  return `${whole}${DECIMAL[locale]}${fraction}`;
}
