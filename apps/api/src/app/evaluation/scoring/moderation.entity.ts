import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';

/**
 * The evaluation committee's agreed scores for a divergent application (DESIGN §3, decision 0015):
 * one score per grid section in hundredths of a point, with the reason. It replaces the mean and is
 * final for the ranking; one row per application, corrected in place (the audit log keeps each version).
 */
@Entity('moderations')
@Check('moderations_total', 'total >= 0')
export class Moderation {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @OneToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** Hundredths per section key. */
  @Column({ type: 'jsonb' })
  sectionScores!: Record<string, number>;

  /** Hundredths: the sum of the section scores. */
  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'uuid' })
  moderatedBy!: string;

  @Column({ type: 'timestamptz' })
  moderatedAt!: Date;
}
