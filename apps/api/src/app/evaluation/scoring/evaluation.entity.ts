import { EVALUATION_STATUSES, type CriterionScoreDto, type EvaluationStatus } from '@skema/contracts';
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
import { EvaluationAssignment } from '../assignments/evaluation-assignment.entity';

/**
 * One evaluator's score sheet for one assignment (DESIGN §3, decision 0015): a whole score and a
 * comment per criterion, kept as the sheet (jsonb) with its points worked out by the domain
 * (`evaluationPoints`) on every save, so consolidation and ranking read numbers, not sheets. A draft is
 * saved as often as the evaluator likes; a submitted sheet is locked. Every save is audited.
 */
@Entity('evaluations')
@Check('evaluations_status_known', `status IN (${EVALUATION_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('evaluations_submitted_complete', `status <> 'submitted' OR (complete AND submitted_at IS NOT NULL)`)
@Check('evaluations_total_points', 'total_points >= 0')
@Index('evaluations_assignment_key', ['assignmentId'], { unique: true })
@Index('evaluations_application_idx', ['applicationId'])
export class Evaluation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => EvaluationAssignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: EvaluationAssignment;

  /** The assignment's application, kept here so a call's evaluations are read without a join. */
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  evaluatorId!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: EvaluationStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  scores!: CriterionScoreDto[];

  /** Σ score × weight per section key (open criteria count 0 in a draft). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  sectionPoints!: Record<string, number>;

  @Column({ type: 'int', default: 0 })
  totalPoints!: number;

  /** Every criterion has a score. */
  @Column({ type: 'boolean', default: false })
  complete!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
