import type { ApplicationSectionKey } from '@skema/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every saved version of every section: the draft's history, and what two versions are compared from. */
@Entity('application_revisions')
@Index('application_revisions_application_idx', ['applicationId', 'changedAt'])
export class ApplicationRevision {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'varchar', length: 20 })
  section!: ApplicationSectionKey;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ type: 'uuid' })
  changedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
