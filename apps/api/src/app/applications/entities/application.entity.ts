import { APPLICATION_STATUSES, type ApplicationStatus } from '@skema/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CallLot } from '../../calls/entities/call-lot.entity';
import { Call } from '../../calls/entities/call.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { ApplicationSection } from './application-section.entity';

/** A CSO's application to one lot of a call (DESIGN §3). */
@Entity('applications')
@Check('applications_status_known', `status IN (${APPLICATION_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Index('applications_call_status_idx', ['callId', 'status'])
@Index('applications_organisation_idx', ['organisationId'])
// One live application per CSO and lot; a withdrawn one does not block starting again.
@Index('applications_one_per_lot_key', ['organisationId', 'lotId'], { unique: true, where: `status <> 'withdrawn'` })
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  callId!: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id' })
  call?: Call;

  @Column({ type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => CallLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: CallLot;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ApplicationStatus;

  @Index('applications_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  reference!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @OneToMany(() => ApplicationSection, (section) => section.application)
  sections?: ApplicationSection[];
}
