import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Region } from '../../regions/entities/region.entity';

/** A civil-society organisation (CSO) that applies for grants and, once awarded, reports. */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  legalName!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  acronym!: string | null;

  /** NUIS/NIPT: the Albanian tax registration number, e.g. L12345678A. */
  @Index('organisations_registration_number_key', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  registrationNumber!: string;

  @Column({ type: 'varchar', length: 30 })
  legalForm!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areasOfWork!: string[];

  /** Where grant money is paid; checked by its ISO 13616 checksum on entry. */
  @Column({ type: 'varchar', length: 34, nullable: true })
  iban!: string | null;

  /** Set when a programme manager has verified the organisation; only verified CSOs may submit. */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  @ManyToMany(() => Region)
  @JoinTable({
    name: 'organisation_regions',
    joinColumn: { name: 'organisation_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'region_code', referencedColumnName: 'code' },
  })
  regions!: Region[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
