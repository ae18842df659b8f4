import { ApplicationComparisonDto } from '@skema/contracts';

/** One top-level field of a section in two versions, as text a person reads side by side. */
export interface ComparedField {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A row of a list (an indicator, a budget line) on one line: its values, in their order. */
function row(value: unknown): string {
  if (typeof value !== 'object' || value === null) return scalar(value);
  return Object.values(value as Record<string, unknown>)
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map(scalar)
    .join(' · ');
}

/** A saved value as plain text: lists one row per line, numbered, so a changed row is easy to find. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((item, index) => `${index + 1}. ${row(item)}`).join('\n');
  if (typeof value === 'object' && value !== null) return row(value);
  return scalar(value);
}

/** Every field of either version, changed ones as the API says (it compares the saved JSON). */
export function compareFields(comparison: ApplicationComparisonDto): ComparedField[] {
  const fields = [...new Set([...Object.keys(comparison.from.content), ...Object.keys(comparison.to.content)])];
  const changed = new Set(comparison.changedFields);
  return fields.map((field) => ({
    field,
    before: describeValue(comparison.from.content[field]),
    after: describeValue(comparison.to.content[field]),
    changed: changed.has(field),
  }));
}
