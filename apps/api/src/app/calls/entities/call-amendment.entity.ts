import type { CallAmendmentDto } from '@skema/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Call } from './call.entity';

/** A logged change to a published call, with its bilingual reason and each field before and after. */
@Entity('call_amendments')
@Index('call_amendments_call_idx', ['callId', 'amendedAt'])
export class CallAmendment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  callId!: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: Call;

  @Column({ type: 'uuid' })
  amendedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  amendedAt!: Date;

  @Column({ type: 'text' })
  reasonSq!: string;

  @Column({ type: 'text' })
  reasonEn!: string;

  @Column({ type: 'jsonb' })
  changes!: CallAmendmentDto['changes'];
}
