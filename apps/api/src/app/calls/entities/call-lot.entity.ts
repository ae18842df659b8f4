import type { RegionCode } from '@skema/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Region } from '../../regions/entities/region.entity';
import { centsTransformer } from './cents.transformer';
import { Call } from './call.entity';

/** One region's share of a call, with its budget envelope. */
@Entity('call_lots')
@Index('call_lots_call_region_key', ['callId', 'regionCode'], { unique: true })
@Check('call_lots_envelope_positive', 'envelope_cents > 0')
export class CallLot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  callId!: string;

  @ManyToOne(() => Call, (call) => call.lots, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: Call;

  @Column({ type: 'varchar', length: 3 })
  regionCode!: RegionCode;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Column({ type: 'bigint', transformer: centsTransformer })
  envelopeCents!: number;
}
