import type { RegionCode } from '@skema/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from '../../regions/entities/region.entity';

/**
 * The last contract number given for a year and region, incremented inside the contracting
 * transaction (like `reference_counters`): concurrent contracts queue on the row, and a rolled-back
 * one gives its number back, so contract numbers have no gaps.
 */
@Entity('contract_counters')
export class ContractCounter {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  regionCode!: RegionCode;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code' })
  region?: Region;

  @Column({ type: 'int' })
  lastValue!: number;
}
