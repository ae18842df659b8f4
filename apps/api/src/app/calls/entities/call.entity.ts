import {
  CALL_STATUSES,
  type CallStatus,
  type EligibilityItemDto,
  type EvaluationGridDto,
  type RequiredAttachmentDto,
} from '@skema/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { centsTransformer } from './cents.transformer';
import { CallLot } from './call-lot.entity';

/** A call for proposals (DESIGN §3). Published calls change only through logged amendments. */
@Entity('calls')
@Index('calls_status_deadline_idx', ['status', 'deadline'])
@Check('calls_status_known', `status IN (${CALL_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check(
  'calls_grant_bounds',
  'min_grant_cents > 0 AND min_grant_cents <= max_grant_cents AND max_grant_cents <= total_budget_cents',
)
@Check('calls_duration_bounds', 'min_duration_months > 0 AND min_duration_months <= max_duration_months')
@Check('calls_cofinancing_share', 'max_cofinancing_share_bp > 0 AND max_cofinancing_share_bp <= 10000')
@Check('calls_total_budget_positive', 'total_budget_cents > 0')
@Check('calls_divergence_gap', 'divergence_gap_bp BETWEEN 0 AND 10000')
export class Call {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. SK-2026-01: the year and the call's number within it. */
  @Index('calls_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: CallStatus;

  @Column({ type: 'varchar', length: 250 })
  titleSq!: string;

  @Column({ type: 'varchar', length: 250 })
  titleEn!: string;

  @Column({ type: 'text' })
  textSq!: string;

  @Column({ type: 'text' })
  textEn!: string;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'bigint', transformer: centsTransformer })
  totalBudgetCents!: number;

  @Column({ type: 'bigint', transformer: centsTransformer })
  minGrantCents!: number;

  @Column({ type: 'bigint', transformer: centsTransformer })
  maxGrantCents!: number;

  /** The largest share of eligible costs the grant may cover, in basis points (9000 = 90%). */
  @Column({ type: 'int' })
  maxCofinancingShareBp!: number;

  @Column({ type: 'smallint' })
  minDurationMonths!: number;

  @Column({ type: 'smallint' })
  maxDurationMonths!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  eligibility!: EligibilityItemDto[];

  /** Null while a draft has none yet; publication requires a valid one. */
  @Column({ type: 'jsonb', nullable: true })
  grid!: EvaluationGridDto | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  requiredAttachments!: RequiredAttachmentDto[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /**
   * Two evaluators' totals further apart than this share of the grid's maximum, in basis points,
   * flag the application (DESIGN §3: default 20%).
   */
  @Column({ type: 'int', default: 2000 })
  divergenceGapBp!: number;

  /** When the programme manager published the results (the call then moves to `awarded`). */
  @Column({ type: 'timestamptz', nullable: true })
  resultsPublishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /**
   * Optimistic concurrency: a change names the version it was read at and bumps it. Managed by the
   * service rather than @VersionColumn, which would not bump when only the lots change.
   */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @OneToMany(() => CallLot, (lot) => lot.call)
  lots!: CallLot[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
