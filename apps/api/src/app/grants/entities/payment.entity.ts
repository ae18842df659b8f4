import { PAYMENT_STATUSES, type PaymentStatus } from '@skema/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from '../../calls/entities/cents.transformer';
import { User } from '../../users/entities/user.entity';
import { GrantTranche } from './grant-tranche.entity';
import { Grant } from './grant.entity';
import { sqlList } from './sql-list';

/**
 * A payment of one tranche (DESIGN §3 Payment): `requested` (prepared by a finance officer) →
 * `approved` (by another one) → `paid` (with the bank's reference), or `rejected`. What the rules
 * say, the database holds too: a tranche has at most one payment that is not rejected, an
 * idempotency key makes one payment only, and the approver is never the preparer.
 */
@Entity('payments')
@Index('payments_one_live_per_tranche_key', ['trancheId'], { unique: true, where: `status <> 'rejected'` })
@Index('payments_grant_idx', ['grantId'])
@Index('payments_status_prepared_idx', ['status', 'preparedAt'])
@Check('payments_status_known', `status IN (${sqlList(PAYMENT_STATUSES)})`)
@Check('payments_amount_positive', 'amount_cents > 0')
@Check('payments_four_eyes', 'approved_by IS NULL OR approved_by <> prepared_by')
@Check('payments_approval_whole', '(approved_by IS NULL) = (approved_at IS NULL)')
@Check('payments_approved_has_approver', `status NOT IN ('approved', 'paid') OR approved_by IS NOT NULL`)
@Check(
  'payments_paid_whole',
  `(status = 'paid') = (paid_at IS NOT NULL AND paid_on IS NOT NULL AND bank_reference IS NOT NULL)`,
)
@Check('payments_rejected_whole', `(status = 'rejected') = (rejected_at IS NOT NULL AND rejected_reason IS NOT NULL)`)
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  grantId!: string;

  @ManyToOne(() => Grant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: Grant;

  @Column({ type: 'uuid' })
  trancheId!: string;

  @ManyToOne(() => GrantTranche, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tranche_id' })
  tranche?: GrantTranche;

  @Column({ type: 'bigint', transformer: centsTransformer })
  amountCents!: number;

  @Column({ type: 'varchar', length: 10, default: 'requested' })
  status!: PaymentStatus;

  /** Made once per intent by the portal: a retried or double-clicked request finds this payment. */
  @Index('payments_idempotency_key', { unique: true })
  @Column({ type: 'uuid' })
  idempotencyKey!: string;

  @Column({ type: 'uuid' })
  preparedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prepared_by' })
  preparer?: User;

  @Column({ type: 'timestamptz' })
  preparedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by' })
  approver?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** When it was marked paid; `paidOn` is the transfer's value date the finance officer records. */
  @Column({ type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  bankReference!: string | null;

  @Column({ type: 'uuid', nullable: true })
  rejectedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectedReason!: string | null;
}
