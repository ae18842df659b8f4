/**
 * Identifiers a CSO types when it registers, checked the same way in the portal (as you type) and
 * in the API.
 */

/** Albanian NUIS/NIPT: a letter, 8 digits, a letter (e.g. L12345678A). Case-insensitive on entry. */
export function normaliseNuis(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidNuis(value: string): boolean {
  return /^[A-Z]\d{8}[A-Z]$/.test(normaliseNuis(value));
}

/** IBAN lengths per country (ISO 13616 registry) for the countries CSOs here bank in; others: 15–34. */
const IBAN_LENGTHS: Record<string, number> = {
  AL: 28, AT: 20, BE: 16, DE: 22, ES: 24, FR: 27, GB: 22, GR: 27, IT: 27, ME: 22, MK: 19, NL: 18, RS: 22, XK: 20,
};

export function normaliseIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: country code, check digits, and the whole number ≡ 1 (mod 97). */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Groups of four, as people read and write IBANs. */
export function formatIban(value: string): string {
  return normaliseIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}
