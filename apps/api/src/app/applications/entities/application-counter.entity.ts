import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CallLot } from '../../calls/entities/call-lot.entity';

/** The last reference number given in a lot; incremented inside the submitting transaction, so gap-free. */
@Entity('application_counters')
export class ApplicationCounter {
  @PrimaryColumn({ type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => CallLot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: CallLot;

  @Column({ type: 'int' })
  lastValue!: number;
}
