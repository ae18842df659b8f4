import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per processed housekeeping job: proof that a worker is alive and consuming the queue. */
@Entity('worker_heartbeats')
@Index('worker_heartbeats_processed_at_idx', ['processedAt'])
export class WorkerHeartbeat {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  workerId!: string;

  /** Unique, so a retried job records nothing twice. */
  @Index('worker_heartbeats_job_id_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  jobId!: string;

  @Column({ type: 'timestamptz' })
  enqueuedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
