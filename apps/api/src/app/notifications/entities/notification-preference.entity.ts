import { NOTIFICATION_KINDS, type NotificationKind } from '@skema/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A person's choice for one kind of notification. No row means the default (e-mail on); mandatory
 * kinds are e-mailed whatever the row says.
 */
@Entity('notification_preferences')
@Check('notification_preferences_kind_known', `kind IN (${list(NOTIFICATION_KINDS)})`)
export class NotificationPreference {
  @Column({ type: 'uuid', primary: true })
  userId!: string;

  @Column({ type: 'varchar', length: 40, primary: true })
  kind!: NotificationKind;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'boolean' })
  email!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
