import { ATTACHMENT_TYPES, type AttachmentType } from '@skema/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { Application } from '../entities/application.entity';

/** `bigint` arrives from pg as a string; sizes stay far below Number.MAX_SAFE_INTEGER (25 MiB at most). */
const sizeTransformer: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One uploaded document answering one required attachment of the call: at most one per requirement
 * (a new upload replaces it). The bytes live in FileStorage under `storageKey`; the SHA-256 measured
 * on the way in is what the submission snapshot freezes.
 */
@Entity('application_attachments')
@Index('application_attachments_requirement_key', ['applicationId', 'requirementKey'], { unique: true })
@Check('application_attachments_type_known', `type IN (${ATTACHMENT_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('application_attachments_size_positive', 'size_bytes > 0')
export class ApplicationAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** The key of the call's required attachment (`RequiredAttachmentDto.key`). */
  @Column({ type: 'varchar', length: 40 })
  requirementKey!: string;

  /** As on the uploader's computer, sanitised; only ever sent back in a Content-Disposition. */
  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  /** Recognised from the content, never from the name. */
  @Column({ type: 'varchar', length: 10 })
  type!: AttachmentType;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'bigint', transformer: sizeTransformer })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @Column({ type: 'timestamptz' })
  uploadedAt!: Date;
}
