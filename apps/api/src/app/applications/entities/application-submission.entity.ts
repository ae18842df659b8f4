import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Application } from './application.entity';

/**
 * What was submitted, frozen: the application as it stood, its SHA-256 and the reference. Written once
 * at submission and never changed (the receipt and any dispute rely on it); only the receipt columns
 * are filled in, once, by the receipt job.
 */
@Entity('application_submissions')
@Check('application_submissions_receipt_whole', `(receipt_key IS NULL) = (receipt_sha256 IS NULL) AND (receipt_key IS NULL) = (receipt_generated_at IS NULL)`)
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

  /** FileStorage key of the receipt PDF; null until the receipt job made it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  receiptKey!: string | null;

  /** Hex SHA-256 of the receipt PDF's bytes. */
  @Column({ type: 'char', length: 64, nullable: true })
  receiptSha256!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  receiptGeneratedAt!: Date | null;
}
