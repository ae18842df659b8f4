import { AUDIT_SYSTEM_ACTOR, type AuditAction } from '@skema/contracts';
import type { EntityManager, QueryRunner } from 'typeorm';
import { currentActor, currentRequestId } from '../../common/context/request-context';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-hash';
import { maskEmail, maskRecord } from './audit-masking';

/** A change to record; `before`/`after` are raw column values; they are masked here, never by callers. */
export interface AuditDraft {
  action: AuditAction;
  /** Table name, e.g. `organisations`. */
  entity: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * The key of the transaction-scoped advisory lock that serialises appends to the chain ("audit" in
 * ASCII). Held from a transaction's first audited change until it commits or rolls back, so the next
 * appender reads a committed predecessor.
 */
export const AUDIT_CHAIN_LOCK = '418581457268';

/**
 * Takes the chain lock in the manager's transaction (re-entrant; released at commit/rollback). Outside a
 * transaction it would be released with its own statement, so there it does nothing.
 */
export function lockAuditChain(manager: EntityManager): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return Promise.resolve();
  return serialised(runner, () => takeLock(manager));
}

async function takeLock(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [AUDIT_CHAIN_LOCK]);
}

/**
 * Appends one entry to the audit log, in the transaction of `manager`, so it commits or rolls back
 * with the change it describes. Outside a transaction it opens one of its own (the change itself is then
 * already committed; the chain still stays linear).
 *
 * Requires READ COMMITTED (PostgreSQL's and TypeORM's default): each statement after the lock sees the
 * predecessor committed by the previous lock holder. Under REPEATABLE READ the predecessor could be
 * stale; the unique `prev_hash` index then refuses the fork instead of letting it in.
 */
export function appendAuditEntry(manager: EntityManager, draft: AuditDraft): Promise<AuditContent & { hash: string }> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return manager.transaction((tx) => appendAuditEntry(tx, draft));
  return serialised(runner, () => append(manager, draft));
}

async function append(manager: EntityManager, draft: AuditDraft): Promise<AuditContent & { hash: string }> {
  await takeLock(manager);
  // A separate statement from the lock on purpose: a statement's snapshot is taken when it starts, so
  // reading the tip in the lock's own statement could miss the entry committed while we waited.
  const [tip] = await manager.query<{ id: string; occurred_at: Date; prev_hash: string | null }[]>(
    `SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id,
            date_trunc('milliseconds', clock_timestamp()) AS occurred_at,
            (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev_hash`,
  );
  if (!tip) throw new Error('audit: could not read the tip of the chain');
  const actor = currentActor();
  const content: AuditContent = {
    id: tip.id,
    occurredAt: tip.occurred_at.toISOString(),
    actorId: actor?.id ?? null,
    actorLabel: actor ? maskEmail(actor.email) : AUDIT_SYSTEM_ACTOR,
    requestId: currentRequestId()?.slice(0, 100) ?? null,
    action: draft.action,
    entity: draft.entity,
    entityId: draft.entityId,
    before: draft.before ? maskRecord(draft.before) : null,
    after: draft.after ? maskRecord(draft.after) : null,
  };
  const prevHash = tip.prev_hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, content);
  await manager.query(
    `INSERT INTO audit_log (id, occurred_at, actor_id, actor_label, request_id, action, entity, entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12)`,
    [
      content.id,
      tip.occurred_at,
      content.actorId,
      content.actorLabel,
      content.requestId,
      content.action,
      content.entity,
      content.entityId,
      content.before && JSON.stringify(content.before),
      content.after && JSON.stringify(content.after),
      prevHash,
      hash,
    ],
  );
  return { ...content, hash };
}

const queues = new WeakMap<QueryRunner, Promise<unknown>>();

/**
 * Runs tasks for one connection one after another. TypeORM fires all the events of one save() at once;
 * each entry must read the tip only after the previous one is inserted (or two would claim the same
 * predecessor), and pg refuses overlapping queries on one client.
 */
function serialised<T>(runner: QueryRunner, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(runner) ?? Promise.resolve();
  const result = previous.then(task);
  // The queue itself never rejects: a failed entry fails its caller (and aborts the transaction).
  queues.set(runner, result.catch(() => undefined));
  return result;
}
