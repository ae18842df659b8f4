import type { RegionCode } from '@skema/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from '../../regions/entities/region.entity';

/**
 * The last reference number given for a year and region. References (`SK-<year>-<region>-<n>`) are
 * unique across every call of that year, so the count is kept per year and region, not per lot;
 * incremented inside the submitting transaction, so gap-free.
 */
@Entity('reference_counters')
export class ApplicationCounter {
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
