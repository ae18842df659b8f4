import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  EXPORT_STATUSES,
  type ExportFormat,
  type ExportKind,
  type ExportStatus,
  type Locale,
} from '@skema/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A background export (DESIGN §6): who asked, for what, how far the worker got, and where the file
 * lies in `FileStorage` once done. Only the person who asked may read or download it.
 */
@Entity('export_jobs')
@Check('export_jobs_kind_known', `kind IN (${list(EXPORT_KINDS)})`)
@Check('export_jobs_format_known', `format IN (${list(EXPORT_FORMATS)})`)
@Check('export_jobs_status_known', `status IN (${list(EXPORT_STATUSES)})`)
@Check('export_jobs_progress_range', 'progress BETWEEN 0 AND 100')
@Index('export_jobs_owner_idx', ['ownerId', 'createdAt'])
export class ExportJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: ExportKind;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: ExportFormat;

  @Column({ type: 'varchar', length: 5 })
  locale!: Locale;

  /** What the export is of, e.g. `{ callId }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, string>;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: ExportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  storageKey!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  /** A stable code for the portal's message, never a stack trace. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
