import { GRANT_STATUSES, type GrantStatus } from '@skema/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Application } from '../../applications/entities/application.entity';
import { CallLot } from '../../calls/entities/call-lot.entity';
import { Call } from '../../calls/entities/call.entity';
import { centsTransformer } from '../../calls/entities/cents.transformer';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { sqlList } from './sql-list';

/**
 * One approved budget line of a grant: the submitted budget's line as it was frozen, with its
 * eligible cost. `key` is stable (the line's index in the submission) so reports and amendments can
 * name it even after a reallocation.
 */
export interface GrantBudgetLine {
  key: string;
  category: string;
  description: string;
  unit: string;
  quantity: number;
  unitCostCents: number;
  /** quantity × unit cost: the eligible cost of the line. */
  approvedCents: number;
}

/**
 * A grant contract (DESIGN §3 Grant): an award turned into a contract with a number, dates, the
 * approved budget and a payment schedule (`grant_tranches`). `committed_cents` is the sum of the
 * approved and paid payments and `paid_cents` of the paid ones; both are kept on this row, which every
 * payment's change locks, so the CHECKs below refuse an over-commitment even if a service forgot to.
 */
@Entity('grants')
@Check('grants_status_known', `status IN (${sqlList(GRANT_STATUSES)})`)
@Check('grants_award_positive', 'award_cents > 0')
@Check('grants_dates_ordered', 'end_date > start_date')
@Check('grants_committed_within_award', 'committed_cents <= award_cents')
@Check('grants_paid_within_committed', 'paid_cents <= committed_cents')
@Check('grants_paid_not_negative', 'paid_cents >= 0')
@Index('grants_status_idx', ['status'])
@Index('grants_lot_idx', ['lotId'])
@Index('grants_call_idx', ['callId'])
@Index('grants_organisation_idx', ['organisationId'])
export class Grant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** One grant per application: the award is contracted once. */
  @Index('grants_application_key', { unique: true })
  @Column({ type: 'uuid' })
  applicationId!: string;

  // Many-to-one for TypeORM, one-to-one by the unique index above (without a second, unnamed constraint).
  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  callId!: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id' })
  call?: Call;

  @Column({ type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => CallLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: CallLot;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** e.g. `SK-G-2026-KUK-003`, numbered per year and region (`contract_counters`). */
  @Index('grants_contract_number_key', { unique: true })
  @Column({ type: 'varchar', length: 30 })
  contractNumber!: string;

  /** The action's title as the CSO wrote it in its application (one language). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'bigint', transformer: centsTransformer })
  awardCents!: number;

  /** Σ approved budget lines: the eligible costs the award is a share of. */
  @Column({ type: 'bigint', transformer: centsTransformer })
  totalEligibleBudgetCents!: number;

  @Column({ type: 'jsonb' })
  budget!: GrantBudgetLine[];

  @Column({ type: 'varchar', length: 20, default: 'contracted' })
  status!: GrantStatus;

  @Column({ type: 'bigint', default: 0, transformer: centsTransformer })
  committedCents!: number;

  @Column({ type: 'bigint', default: 0, transformer: centsTransformer })
  paidCents!: number;

  /** Bumped by every change of the grant row (status, money), for optimistic checks by later amendments. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
