import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

export const USER_TOKEN_PURPOSES = ['email_confirmation', 'password_reset', 'invitation'] as const;
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/** A single-use link token sent by e-mail (confirm, reset, invitation), stored only as its SHA-256. */
@Entity('user_tokens')
@Check('user_tokens_purpose_known', `purpose IN (${USER_TOKEN_PURPOSES.map((p) => `'${p}'`).join(', ')})`)
@Index('user_tokens_user_id_idx', ['userId'])
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'varchar', length: 30 })
  purpose!: UserTokenPurpose;

  @Index('user_tokens_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
