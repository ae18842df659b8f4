import { DECLARATIONS, type Declaration } from '@skema/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';
import { User } from '../../users/entities/user.entity';

/**
 * One evaluator on one application (DESIGN §3, decision 0015) and their conflict-of-interest
 * declaration: `pending` until signed, `conflict` when declared (the row stays, so the conflict keeps
 * the evaluator off the application in every later plan, and a replacement is assigned).
 */
@Entity('evaluation_assignments')
@Check('evaluation_assignments_declaration_known', `declaration IN (${DECLARATIONS.map((d) => `'${d}'`).join(', ')})`)
@Index('evaluation_assignments_application_evaluator_key', ['applicationId', 'evaluatorId'], { unique: true })
@Index('evaluation_assignments_evaluator_idx', ['evaluatorId'])
export class EvaluationAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  evaluatorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluator_id' })
  evaluator?: User;

  /** The programme manager who assigned, or who ran the automatic plan. */
  @Column({ type: 'uuid' })
  assignedBy!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  declaration!: Declaration;

  @Column({ type: 'timestamptz', nullable: true })
  declaredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  conflictReason!: string | null;
}
