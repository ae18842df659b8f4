import { createHash } from 'node:crypto';
import type { AuditAction } from '@skema/contracts';
import type { JsonValue } from './audit-masking';

/** `prev_hash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything an entry says, i.e. everything the chain protects. */
export interface AuditContent {
  id: string;
  /** ISO 8601 with milliseconds, exactly as a JavaScript `Date` prints it (the column keeps ms only). */
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  requestId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: { [key: string]: JsonValue } | null;
  after: { [key: string]: JsonValue } | null;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace, so the same
 * content always gives the same text: PostgreSQL's jsonb reorders keys, and the verifier must get
 * back the bytes that were hashed from what it reads.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** sha256(prev_hash ‖ canonical JSON of the content), in hex: each entry seals the one before it. */
export function chainHash(prevHash: string, content: AuditContent): string {
  const canonical = canonicalJson({
    id: content.id,
    occurredAt: content.occurredAt,
    actorId: content.actorId,
    actorLabel: content.actorLabel,
    requestId: content.requestId,
    action: content.action,
    entity: content.entity,
    entityId: content.entityId,
    before: content.before,
    after: content.after,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
