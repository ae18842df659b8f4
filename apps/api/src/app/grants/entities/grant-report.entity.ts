import { REPORT_KINDS, REPORT_STATUSES, type ReportKind, type ReportStatus } from '@skema/contracts';
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
import { centsTransformer } from '../../calls/entities/cents.transformer';
import { Grant } from './grant.entity';
import { sqlList } from './sql-list';

/** What the grantee spent on one approved budget line during the report's period. */
export interface ReportExpenditureLine {
  /** `GrantBudgetLine.key`. */
  lineKey: string;
  spentCents: number;
}

/**
 * An interim or final report of a grantee (DESIGN §3 Grantee reports), scheduled with the grant
 * (period and due date from `defaultSchedule`): narrative sections and the expenditure per approved
 * budget line. The programme manager approves it or returns it with comments; an approved interim
 * report releases the next interim tranche, the approved final report the balance.
 */
@Entity('grant_reports')
@Index('grant_reports_grant_kind_sequence_key', ['grantId', 'kind', 'sequence'], { unique: true })
@Index('grant_reports_status_due_idx', ['status', 'dueOn'])
@Check('grant_reports_kind_known', `kind IN (${sqlList(REPORT_KINDS)})`)
@Check('grant_reports_status_known', `status IN (${sqlList(REPORT_STATUSES)})`)
@Check('grant_reports_period_ordered', 'period_end >= period_start')
@Check('grant_reports_spent_not_negative', 'spent_cents >= 0')
export class GrantReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  grantId!: string;

  @ManyToOne(() => Grant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: Grant;

  @Column({ type: 'varchar', length: 10 })
  kind!: ReportKind;

  /** 1, 2… per kind (there is one final report). */
  @Column({ type: 'smallint' })
  sequence!: number;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: ReportStatus;

  /** Narrative sections by key (the portal's form). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  narrative!: Record<string, string>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  expenditure!: ReportExpenditureLine[];

  /** Σ expenditure: the eligible costs this report declares spent in its period. */
  @Column({ type: 'bigint', default: 0, transformer: centsTransformer })
  spentCents!: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  returnedBy!: string | null;

  /** The programme manager's comments when returning (or approving) the report. */
  @Column({ type: 'text', nullable: true })
  comments!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
