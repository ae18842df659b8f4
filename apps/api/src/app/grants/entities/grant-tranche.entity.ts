import { REPORT_KINDS, type ReportKind, TRANCHE_KINDS, type TrancheKind } from '@skema/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from '../../calls/entities/cents.transformer';
import { Grant } from './grant.entity';
import { sqlList } from './sql-list';

/**
 * One tranche of a grant's payment schedule (DESIGN §3): pre-financing on signature, interim ones
 * released by an approved interim report, the balance by the approved final report. Whether it can be
 * paid now is the domain's `trancheBlocks`; that it is paid at most once is the payments' partial
 * unique index.
 */
@Entity('grant_tranches')
@Index('grant_tranches_grant_sequence_key', ['grantId', 'sequence'], { unique: true })
@Check('grant_tranches_kind_known', `kind IN (${sqlList(TRANCHE_KINDS)})`)
@Check('grant_tranches_planned_not_negative', 'planned_cents >= 0')
@Check(
  'grant_tranches_report_kind_known',
  `released_by_report_kind IS NULL OR released_by_report_kind IN (${sqlList(REPORT_KINDS)})`,
)
@Check('grant_tranches_report_whole', '(released_by_report_kind IS NULL) = (released_by_report_sequence IS NULL)')
export class GrantTranche {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  grantId!: string;

  @ManyToOne(() => Grant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: Grant;

  /** 1, 2, 3… in the order they are paid. */
  @Column({ type: 'smallint' })
  sequence!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: TrancheKind;

  @Column({ type: 'bigint', transformer: centsTransformer })
  plannedCents!: number;

  /** The report whose approval releases this tranche; null for the pre-financing. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  releasedByReportKind!: ReportKind | null;

  @Column({ type: 'smallint', nullable: true })
  releasedByReportSequence!: number | null;
}
