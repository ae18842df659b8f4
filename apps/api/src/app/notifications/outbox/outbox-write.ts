import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { markOutboxWritten } from './outbox-note';

/**
 * Writes one outbox message with the caller's transaction, and notes it so the dispatcher wakes once
 * that transaction commits. The topic must be one a producer registers (see OutboxTopics).
 */
export async function writeOutboxMessage(manager: EntityManager, topic: string, payload: object): Promise<string> {
  const id = await insertQuietly(manager, OutboxMessage, { topic, payload: { ...payload } });
  markOutboxWritten(manager);
  return id;
}

/**
 * Inserts without entity listeners, so the audit subscriber does not copy the row into the
 * append-only audit log: an outbox payload may carry a one-time link (password reset, invitation),
 * and these rows are consequences of a change that is audited in its own right.
 */
export async function insertQuietly<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<string> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values as QueryDeepPartialEntity<T>)
    .callListeners(false)
    .execute();
  return String((result.identifiers[0] as { id: string | number }).id);
}

/** Marks a row done (delivered, or nothing left to do: `note` says why) and counts the attempt. */
export async function settleOutboxMessage(manager: EntityManager, outboxId: string, note: string | null): Promise<void> {
  await manager.query(
    `UPDATE outbox_messages SET delivered_at = now(), attempts = attempts + 1, last_error = COALESCE($2, last_error) WHERE id = $1`,
    [outboxId, note],
  );
}

/** Records a failed attempt on the row (the job's own retries and the outbox sweep do the rest). */
export async function recordOutboxFailure(manager: EntityManager, outboxId: string, error: Error): Promise<void> {
  await manager.query(
    `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1 AND delivered_at IS NULL`,
    [outboxId, error.message.slice(0, 1_000)],
  );
}
