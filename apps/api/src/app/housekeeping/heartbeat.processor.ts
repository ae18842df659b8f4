import { hostname } from 'node:os';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { WorkerHeartbeat } from './entities/worker-heartbeat.entity';
import { HEARTBEAT_RETENTION_DAYS, HOUSEKEEPING_QUEUE, type HeartbeatPayload } from './housekeeping.constants';

const WORKER_ID = `${hostname()}:${process.pid}`;

/**
 * Records that a worker is alive and prunes old heartbeats. Idempotent: a retried job inserts
 * nothing new (the job id is unique), so retries never double-count.
 */
@Processor(HOUSEKEEPING_QUEUE, { concurrency: 1, lockDuration: 30_000 })
export class HeartbeatProcessor extends WorkerHost {
  private readonly logger = new Logger(HeartbeatProcessor.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job<HeartbeatPayload>): Promise<{ pruned: number }> {
    const jobId = job.id ?? `${job.name}:${job.timestamp}`;
    const pruned = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(WorkerHeartbeat)
        .values({ workerId: WORKER_ID, jobId, enqueuedAt: new Date(job.data.enqueuedAt ?? job.timestamp) })
        .orIgnore()
        .execute();
      await job.updateProgress(50);
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(WorkerHeartbeat)
        .where(`processed_at < now() - make_interval(days => :days)`, { days: HEARTBEAT_RETENTION_DAYS })
        .execute();
      return result.affected ?? 0;
    });
    await job.updateProgress(100);
    return { pruned };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`heartbeat job ${job?.id ?? '?'} failed: ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`housekeeping worker: ${error.message}`);
  }
}
