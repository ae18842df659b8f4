import { REGION_CODES, type RegionCode } from '@skema/contracts';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data: the four regions of the scheme (DESIGN §1), seeded by a migration. */
@Entity('regions')
@Check('regions_code_known', `code IN (${REGION_CODES.map((c) => `'${c}'`).join(', ')})`)
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code!: RegionCode;

  @Column({ type: 'varchar', length: 100 })
  nameSq!: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ type: 'smallint' })
  sortOrder!: number;
}
