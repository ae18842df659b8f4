import { AUDIT_ACTIONS, type AuditAction } from '@skema/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonValue } from '../audit-masking';

/**
 * One change to the data (DESIGN §6). Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (see
 * the AuditLog migration). Entries form a hash chain in `id` order; `prev_hash` is unique, so the
 * database itself refuses a fork (two entries claiming the same predecessor).
 */
@Entity('audit_log')
@Check('audit_log_action_known', `action IN (${AUDIT_ACTIONS.map((a) => `'${a}'`).join(', ')})`)
@Check('audit_log_hashes_hex', `prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$'`)
@Index('audit_log_entity_idx', ['entity', 'entityId'])
@Index('audit_log_actor_id_idx', ['actorId'])
@Index('audit_log_occurred_at_idx', ['occurredAt'])
export class AuditEntry {
  /** The chain order: taken under the chain lock, so ids increase along the chain. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** The signed-in person; null for `system`. Not a foreign key: the log outlives deleted users. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Masked e-mail of the actor, or `system`. */
  @Column({ type: 'varchar', length: 254 })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 6 })
  action!: AuditAction;

  /** The table that changed. */
  @Column({ type: 'varchar', length: 100 })
  entity!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: { [key: string]: JsonValue } | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: { [key: string]: JsonValue } | null;

  @Index('audit_log_prev_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
