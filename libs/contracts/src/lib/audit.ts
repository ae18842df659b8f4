/** What happened to a row, as the audit trail records it (DESIGN §6). */
export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SORTS = ['asc', 'desc'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

/** Who a change is attributed to when no person is signed in (CLI, queue workers, migrations). */
export const AUDIT_SYSTEM_ACTOR = 'system';

/**
 * One entry of the append-only audit log, as an admin sees it. Personal data in `before`/`after` and
 * `actorLabel` is already masked and secrets are redacted when the entry is written: nothing here is
 * clear text that the log was not allowed to keep.
 */
export interface AuditEntryDto {
  /** Position in the hash chain (a bigint, so a string). */
  id: string;
  /** ISO 8601 instant. */
  occurredAt: string;
  /** The signed-in person who made the change; null for `system`. */
  actorId: string | null;
  /** Masked e-mail of the actor (`a***@e***.org`) or `system`. */
  actorLabel: string;
  requestId: string | null;
  action: AuditAction;
  /** The table that changed, e.g. `organisations`. */
  entity: string;
  /** The changed row's primary key; composite keys are joined with `:`. */
  entityId: string;
  /** Column values before the change (for updates: only the changed columns); null for inserts. */
  before: Record<string, unknown> | null;
  /** Column values after the change (for updates: only the changed columns); null for deletes. */
  after: Record<string, unknown> | null;
  /** SHA-256 (hex) linking this entry to the one before it. */
  hash: string;
}
