import { APPLICATION_SECTIONS, type ApplicationSectionKey } from '@skema/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Application } from './application.entity';

/** One section of a draft, saved on its own with a version for conflict detection. */
@Entity('application_sections')
@Check('application_sections_key_known', `key IN (${APPLICATION_SECTIONS.map((s) => `'${s}'`).join(', ')})`)
export class ApplicationSection {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  key!: ApplicationSectionKey;

  @ManyToOne(() => Application, (application) => application.sections, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  updatedBy!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
