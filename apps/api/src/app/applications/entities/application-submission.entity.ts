import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Application } from './application.entity';

/**
 * What was submitted, frozen: the application as it stood, its SHA-256 and the reference. Written once
 * at submission and never changed (the receipt and any dispute rely on it).
 */
@Entity('application_submissions')
export class ApplicationSubmission {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @OneToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'varchar', length: 30 })
  reference!: string;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'uuid' })
  submittedBy!: string;
}
