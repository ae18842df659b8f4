import { MoneyError, assertCents, instantToTiraneLocal, tiraneLocalToInstant } from '@skema/domain';

/**
 * What the programme manager types, read exactly. Money and shares are text (EUR with up to 2
 * decimals, percent with up to 2) turned into integer cents and basis points by string arithmetic,
 * never by multiplying a float; times are Tirana wall-clock times turned into instants.
 */

const MEBIBYTE = 1024 * 1024;
const DECIMAL_2 = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;

/**
 * `"1234.56"` or `"1 234,56"` → 123456: a number with at most 2 decimals as an exact count of
 * hundredths (cents of a euro, basis points of a percent). Anything else (3 decimals, letters, a
 * sign, thousands written with a point) is `null`, so the form can say so rather than guess.
 */
export function parseHundredths(text: string | null | undefined): number | null {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const match = DECIMAL_2.exec(compact);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  try {
    return assertCents(hundredths);
  } catch (error: unknown) {
    if (error instanceof MoneyError) return null;
    throw error;
  }
}

/** EUR as typed → integer cents (`"1234.56"` → 123456), or null when it is not an amount. */
export const eurToCents = parseHundredths;
/** Percent as typed → basis points (`"87.5"` → 8750). */
export const percentToBasisPoints = parseHundredths;

/** 123456 → `"1234.56"`, 6000000 → `"60000"`: hundredths back as the form shows them. */
export function formatHundredths(value: number, decimalSeparator = '.'): string {
  const whole = Math.trunc(value / 100);
  const rest = Math.abs(value % 100);
  return rest === 0 ? String(whole) : `${whole}${decimalSeparator}${String(rest).padStart(2, '0')}`;
}

/** Mebibytes as typed (up to 2 decimals) → bytes, rounded to the nearest byte. */
export function mebibytesToBytes(text: string | null | undefined): number | null {
  const hundredths = parseHundredths(text);
  return hundredths === null ? null : Math.round((hundredths * MEBIBYTE) / 100);
}

export function bytesToMebibytes(bytes: number, decimalSeparator = '.'): string {
  return formatHundredths(Math.round((bytes * 100) / MEBIBYTE), decimalSeparator);
}

/** A Tirana wall-clock time → ISO instant, or null when it is not a valid date and time. */
export function tiraneLocalToIso(local: string | null | undefined): string | null {
  if (!local) return null;
  try {
    return tiraneLocalToInstant(local).toISOString();
  } catch {
    return null;
  }
}

export function isoToTiraneLocal(iso: string): string {
  return instantToTiraneLocal(new Date(iso));
}

/**
 * A stable key from a text (`"Statute of the organisation"` → `statute-of-the-organisation`), made
 * unique among `taken` with a numeric suffix. Albanian letters lose their marks (ë → e, ç → c).
 */
export function keyFromText(text: string, taken: ReadonlySet<string> = new Set(), fallback = 'item'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  const base = /^[a-z0-9]/.test(slug) ? slug : fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
