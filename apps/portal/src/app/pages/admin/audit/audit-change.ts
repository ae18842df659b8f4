import { AuditEntryDto } from '@skema/contracts';

/** One column of a changed row, side by side: what it was and what it became. */
export interface ChangedField {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * The before/after of an entry as rows. Updates carry only the changed columns; inserts have no
 * "before" and deletes no "after", which shows as an empty side rather than as a change.
 */
export function changedFields(entry: Pick<AuditEntryDto, 'before' | 'after'>): ChangedField[] {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].sort();
  return fields.map((field) => ({
    field,
    before: entry.before && field in entry.before ? show(entry.before[field]) : null,
    after: entry.after && field in entry.after ? show(entry.after[field]) : null,
  }));
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
