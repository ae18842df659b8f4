/**
 * What the audit log may keep of a row. The log is append-only, so it can never be cleaned up later
 * (not even when a person asks to be erased): secrets and personal data must be masked on the way in.
 * Rules go by column (or JSON key) name, plus any string that is itself an e-mail address.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Stands in for a secret: the log shows that it was set (or changed), never its value. */
export const REDACTED = '[redacted]';

const SECRET_KEY = /password|secret|token|hash|note|totp|recovery/i;
const EMAIL_KEY = /e-?mails?$/i;
const PHONE_KEY = /(phone|mobile)(_?numbers?)?s?$/i;
const IBAN_KEY = /(iban|bank_?account)(_?numbers?)?$/i;
/** People's names (not organisations': `legal_name` stays readable). */
const PERSON_NAME_KEY = /^(display|first|last|full|given|family|contact)_?name$/i;
const EMAIL_VALUE = /^[^\s@]+@[^\s@]+$/;

/** `arta.hoxha@example.org` → `a***@e***.org`: enough to recognise, not enough to contact. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${email[0]}***@${domain[0] ?? ''}***${tld}`.toLowerCase();
}

/** Keeps the last two digits only: `+355 69 123 4567` → `***67`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 2 ? `***${digits.slice(-2)}` : '***';
}

/** Keeps the country and the last four characters: `AL47 2121 1009 …8741` → `AL***8741`. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  return compact.length > 6 ? `${compact.slice(0, 2)}***${compact.slice(-4)}` : '***';
}

/** Initials only: `Arta Hoxha` → `A*** H***`. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length ? words.map((w) => `${w[0]?.toUpperCase()}***`).join(' ') : '***';
}

const maskers: [RegExp, (value: string) => string][] = [
  [EMAIL_KEY, maskEmail],
  [PHONE_KEY, maskPhone],
  [IBAN_KEY, maskIban],
  [PERSON_NAME_KEY, maskName],
];

/** One value under `key`, masked and turned into plain JSON (dates as ISO strings, bigints as text). */
export function maskValue(key: string, value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (SECRET_KEY.test(key)) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => maskValue(key, item));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return REDACTED;
  if (typeof value === 'object') return maskRecord(value as Record<string, unknown>);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? maskPersonal(key, value) : null;
  if (typeof value === 'string') return maskPersonal(key, value);
  if (typeof value === 'boolean') return value;
  return null;
}

function maskPersonal(key: string, value: string | number): string | number {
  const masker = maskers.find(([pattern]) => pattern.test(key))?.[1];
  if (masker) return masker(String(value));
  return typeof value === 'string' && EMAIL_VALUE.test(value) ? maskEmail(value) : value;
}

/** A whole row (or JSON object): every key kept, every value masked; undefined values left out. */
export function maskRecord(record: Record<string, unknown>): { [key: string]: JsonValue } {
  const masked: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) masked[key] = maskValue(key, value);
  }
  return masked;
}
