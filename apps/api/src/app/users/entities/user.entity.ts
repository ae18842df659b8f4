import { LOCALES, type Locale, ROLES, type Role } from '@skema/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A person who signs in: CSO staff or scheme staff. Roles are rows, so grants can be audited. */
@Entity('users')
@Check('users_email_lowercase', 'email = lower(email)')
@Check('users_locale_known', `locale IN (${list(LOCALES)})`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  /** argon2id hash; never selected unless asked for. Null until an invited person sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  /** Consecutive failed sign-ins; reset by a successful one. Drives the growing lockout. */
  @Column({ type: 'smallint', default: 0 })
  failedSignIns!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** TOTP seed, AES-256-GCM encrypted with DATA_ENCRYPTION_KEY; set during setup, active once enabled. */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecretEncrypted!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  @Column({ type: 'varchar', length: 2, default: 'sq' })
  locale!: Locale;

  @Column({ type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Organisation | null;

  @OneToMany(() => UserRole, (role) => role.user, { cascade: ['insert'] })
  roles!: UserRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('user_roles')
@Check('user_roles_role_known', `role IN (${list(ROLES)})`)
export class UserRole {
  @Column({ type: 'uuid', primary: true })
  userId!: string;

  @Column({ type: 'varchar', length: 30, primary: true })
  role!: Role;

  @ManyToOne(() => User, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt!: Date;
}
