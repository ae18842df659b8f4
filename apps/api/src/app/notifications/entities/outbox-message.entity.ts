import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a message written in the same transaction as the change that causes it, then
 * handed to BullMQ by the dispatcher (`dispatched_at`) and delivered by a worker (`delivered_at`).
 * A rolled-back change leaves no row; a Redis or SMTP outage leaves the row waiting.
 */
@Entity('outbox_messages')
// The dispatcher's claim query reads only undispatched rows, in order.
@Index('outbox_messages_pending_idx', ['topic', 'availableAt', 'id'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  /** bigint: ordered, and short enough for a readable job id (`outbox-<id>`). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** What kind of message, and so which queue takes it (`email`, `receipt`; see OutboxTopics). */
  @Column({ type: 'varchar', length: 40 })
  topic!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Not dispatched before this time. Now always the insert time; there for messages scheduled ahead (reminders). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  /** Set once the message went out (or its recipient's account is gone); a job that finds it set does nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** Delivery attempts made so far (successful or not). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
