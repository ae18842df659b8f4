import { ApplicationComparisonDto } from '@skema/contracts';

/** One top-level field of a section in two versions, as text a person reads side by side. */
export interface ComparedField {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

/** How saved values read to a person: codes by their names, cents as money. */
export interface ValueWords {
  /** The name of a code (`trafficking`, `human_resources`), or null when the text is not a code. */
  readonly code: (value: string) => string | null;
  readonly money: (cents: number) => string;
}

const PLAIN: ValueWords = { code: () => null, money: (cents) => String(cents) };

function scalar(value: unknown, words: ValueWords, key = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return words.code(value) ?? value;
  if (typeof value === 'number') return key.endsWith('Cents') ? words.money(value) : String(value);
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A row of a list (an indicator, a budget line) on one line: its values, in their order. */
function row(value: unknown, words: ValueWords): string {
  if (typeof value !== 'object' || value === null) return scalar(value, words);
  return Object.entries(value as Record<string, unknown>)
    .filter(([, part]) => part !== null && part !== undefined && part !== '')
    .map(([key, part]) => scalar(part, words, key))
    .join(' · ');
}

/** A saved value as plain text: lists one row per line, numbered, so a changed row is easy to find. */
export function describeValue(value: unknown, words: ValueWords = PLAIN): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((item, index) => `${index + 1}. ${row(item, words)}`).join('\n');
  }
  if (typeof value === 'object' && value !== null) return row(value, words);
  return scalar(value, words);
}

/** Every field of either version, changed ones as the API says (it compares the saved JSON). */
export function compareFields(comparison: ApplicationComparisonDto, words: ValueWords = PLAIN): ComparedField[] {
  const fields = [...new Set([...Object.keys(comparison.from.content), ...Object.keys(comparison.to.content)])];
  const changed = new Set(comparison.changedFields);
  return fields.map((field) => ({
    field,
    before: describeValue(comparison.from.content[field], words),
    after: describeValue(comparison.to.content[field], words),
    changed: changed.has(field),
  }));
}
