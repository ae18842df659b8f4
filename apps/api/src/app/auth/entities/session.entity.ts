import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * One signed-in device: the family of refresh tokens that descend from one sign-in. Ending it (sign
 * out, password change, replay of a used token) ends every token of the family.
 */
@Entity('sessions')
@Index('sessions_user_id_idx', ['userId'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'varchar', length: 300 })
  userAgent!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt!: Date;

  /** 30 minutes after the last use. */
  @Column({ type: 'timestamptz' })
  idleExpiresAt!: Date;

  /** 12 hours after sign-in, whatever happens. */
  @Column({ type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  revokedReason!: 'sign_out' | 'password_changed' | 'replay' | 'ended_by_user' | 'roles_changed' | null;
}
