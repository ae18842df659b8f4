import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';
import { centsTransformer } from '../../calls/entities/cents.transformer';

export const AWARD_OUTCOMES = ['selected', 'reserve', 'rejected'] as const;
export type AwardOutcome = (typeof AWARD_OUTCOMES)[number];

/**
 * The programme manager's confirmed ranking of a lot, one row per ranked or rejected application
 * (DESIGN §3, decision 0015): the outcome, the rank, the award (the grant requested or less, never
 * more) and the consolidated total it was decided on. Replaced when the lot is confirmed again before
 * publication; publication moves the applications to these outcomes.
 */
@Entity('award_decisions')
@Check('award_decisions_outcome_known', `outcome IN (${AWARD_OUTCOMES.map((o) => `'${o}'`).join(', ')})`)
@Check('award_decisions_award_positive', 'award_cents IS NULL OR award_cents > 0')
@Check('award_decisions_award_within_request', 'award_cents IS NULL OR award_cents <= requested_grant_cents')
@Check('award_decisions_selected_has_award', `outcome <> 'selected' OR award_cents IS NOT NULL`)
@Index('award_decisions_lot_idx', ['lotId'])
@Index('award_decisions_call_idx', ['callId'])
export class AwardDecision {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @OneToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  callId!: string;

  @Column({ type: 'uuid' })
  lotId!: string;

  @Column({ type: 'varchar', length: 10 })
  outcome!: AwardOutcome;

  /** Rank among the applications above the thresholds; null when rejected. */
  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Column({ type: 'int', nullable: true })
  reserveRank!: number | null;

  @Column({ type: 'bigint', transformer: centsTransformer })
  requestedGrantCents!: number;

  /** The award (selected) or the amount offered if money frees up (reserve); null when rejected. */
  @Column({ type: 'bigint', nullable: true, transformer: centsTransformer })
  awardCents!: number | null;

  /** Hundredths: the consolidated total the decision was made on. */
  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Column({ type: 'uuid' })
  confirmedBy!: string;

  @Column({ type: 'timestamptz' })
  confirmedAt!: Date;
}
