import { NOTIFICATION_KINDS, type NotificationKind } from '@skema/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One in-app notification (the bell). Only the kind and its params are stored: the text is rendered
 * when read, in the reader's language, so a translation fix reaches old notifications too.
 */
@Entity('notifications')
@Check('notifications_kind_known', `kind IN (${list(NOTIFICATION_KINDS)})`)
// Serves the unread count (user_id, read_at IS NULL) and the newest-first list.
@Index('notifications_user_read_created_idx', ['userId', 'readAt', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  @Column({ type: 'jsonb' })
  params!: Record<string, unknown>;

  /** A path inside the portal; the portal (or an e-mail) prefixes it with its own address. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
