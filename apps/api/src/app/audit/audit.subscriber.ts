import {
  type EntityManager,
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type RecoverEvent,
  type RemoveEvent,
  type SoftRemoveEvent,
  type UpdateEvent,
} from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { WorkerHeartbeat } from '../housekeeping/entities/worker-heartbeat.entity';
import { type AuditDraft, appendAuditEntry, lockAuditChain } from './audit-appender';
import { changedRow, entityIdOf, rowOf } from './audit-snapshot';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { Notification } from '../notifications/entities/notification.entity';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import { AuditEntry } from './entities/audit-entry.entity';

/** The log itself, and liveness pings that say nothing about the scheme's data. */
/**
 * Not audited: the log itself, and high-volume machine bookkeeping whose content is secret or
 * derived (heartbeats, rotated refresh-token hashes, the e-mail outbox and in-app copies of
 * notifications). Sessions, roles, people and organisations are audited.
 */
const NOT_AUDITED: readonly unknown[] = [AuditEntry, WorkerHeartbeat, RefreshToken, OutboxMessage, Notification];

/**
 * Records every change made through the entity manager or a repository (`save`, `remove`,
 * `softRemove`, `recover`, many-to-many links, QueryBuilder inserts) in the audit log, in the same
 * transaction as the change.
 *
 * Registered in the DataSource options (database/typeorm-options.ts), so the API, the worker, the CLI
 * and the tests all record. Not recorded, because TypeORM does not say which rows they touched:
 * QueryBuilder `update()`/`delete()` (so also `repository.update/delete`), raw SQL, and saves with
 * `{ listeners: false }`. Code that changes data that way calls `AuditService.record(manager, …)`
 * itself, in the same transaction.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  // The "before" hooks only take the chain lock, ahead of the change's own row locks: a transaction
  // that locks rows first and the chain second could deadlock with one doing the opposite.
  async beforeInsert(event: InsertEvent<object>): Promise<void> {
    await this.lockEarly(event.manager, event.metadata);
  }

  async beforeUpdate(event: UpdateEvent<object>): Promise<void> {
    await this.lockEarly(event.manager, event.metadata);
  }

  async beforeRemove(event: RemoveEvent<object>): Promise<void> {
    await this.lockEarly(event.manager, event.metadata);
  }

  async beforeSoftRemove(event: SoftRemoveEvent<object>): Promise<void> {
    await this.lockEarly(event.manager, event.metadata);
  }

  async beforeRecover(event: RecoverEvent<object>): Promise<void> {
    await this.lockEarly(event.manager, event.metadata);
  }

  async afterInsert(event: InsertEvent<object>): Promise<void> {
    // A many-to-many link row has no entity object, only its key (which is all there is of it).
    const row = (event.entity as object | undefined) ?? event.entityId;
    await this.record(event.manager, event.metadata, row, {
      action: 'insert',
      before: null,
      after: rowOf(event.metadata, row),
    });
  }

  async afterUpdate(event: UpdateEvent<object>): Promise<void> {
    // Without the row as it was (a QueryBuilder update) there is no id to record: see the class comment.
    if (!event.databaseEntity) return;
    const before = changedRow(event.updatedColumns, event.updatedRelations, event.databaseEntity);
    const after = changedRow(event.updatedColumns, event.updatedRelations, event.entity);
    await this.record(event.manager, event.metadata, event.databaseEntity, { action: 'update', before, after });
  }

  async afterRemove(event: RemoveEvent<object>): Promise<void> {
    const row = (event.databaseEntity as object | undefined) ?? event.entity ?? (event.entityId as object | undefined);
    await this.record(event.manager, event.metadata, this.identified(event, row), {
      action: 'delete',
      before: rowOf(event.metadata, row),
      after: null,
    });
  }

  /** A soft removal hides the row for good as far as users are concerned: recorded as a delete. */
  async afterSoftRemove(event: SoftRemoveEvent<object>): Promise<void> {
    const deleted = event.metadata.deleteDateColumn;
    await this.record(event.manager, event.metadata, this.identified(event, event.databaseEntity), {
      action: 'delete',
      before: rowOf(event.metadata, event.databaseEntity),
      after: deleted ? { [deleted.databaseName]: deleted.getEntityValue(event.entity ?? {}) ?? new Date() } : null,
    });
  }

  async afterRecover(event: RecoverEvent<object>): Promise<void> {
    const deleted = event.metadata.deleteDateColumn;
    if (!deleted) return;
    await this.record(event.manager, event.metadata, this.identified(event, event.databaseEntity), {
      action: 'update',
      before: { [deleted.databaseName]: deleted.getEntityValue(event.databaseEntity ?? {}) },
      after: { [deleted.databaseName]: null },
    });
  }

  private async lockEarly(manager: EntityManager, metadata: EntityMetadata): Promise<void> {
    if (audited(metadata)) await lockAuditChain(manager);
  }

  private async record(
    manager: EntityManager,
    metadata: EntityMetadata,
    identified: object | undefined,
    change: Pick<AuditDraft, 'action' | 'before' | 'after'>,
  ): Promise<void> {
    if (!audited(metadata)) return;
    const entityId = entityIdOf(metadata, identified);
    if (entityId === null) return;
    await appendAuditEntry(manager, { ...change, entity: metadata.tableName, entityId });
  }

  /** TypeORM clears a removed entity's primary key before the "after" events; the event keeps it. */
  private identified(event: RemoveEvent<object>, row: object | undefined): object | undefined {
    const id = event.entityId as unknown;
    return id && typeof id === 'object' ? { ...row, ...(id as object) } : row;
  }
}

function audited(metadata: EntityMetadata): boolean {
  return !NOT_AUDITED.includes(metadata.target);
}
