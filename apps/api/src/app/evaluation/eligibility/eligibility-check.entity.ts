import { ELIGIBILITY_OUTCOMES, type EligibilityOutcome } from '@skema/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';

/** One checklist item as decided by the programme manager. */
export interface EligibilityCheckItem {
  key: string;
  passed: boolean;
  note: string | null;
}

/**
 * The administrative and eligibility check of one submitted application (DESIGN §3): pass or fail per
 * item of the call's checklist, each with a note, and the outcome it gives. One row per application,
 * overwritten when the programme manager corrects the decision (the audit log keeps each version).
 */
@Entity('eligibility_checks')
@Check('eligibility_checks_outcome_known', `outcome IN (${ELIGIBILITY_OUTCOMES.map((o) => `'${o}'`).join(', ')})`)
export class EligibilityCheck {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @OneToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'jsonb' })
  items!: EligibilityCheckItem[];

  @Column({ type: 'varchar', length: 20 })
  outcome!: EligibilityOutcome;

  @Column({ type: 'uuid' })
  decidedBy!: string;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;
}
