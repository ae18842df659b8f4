import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config.service';
import { HOUSEKEEPING_QUEUE, HousekeepingJob, type HeartbeatPayload } from './housekeeping.constants';

const JOB_RETENTION = { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } };

/** The one place that puts housekeeping jobs on the queue. */
@Injectable()
export class HousekeepingProducer implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingProducer.name);

  constructor(
    @InjectQueue(HOUSEKEEPING_QUEUE) private readonly queue: Queue<HeartbeatPayload>,
    private readonly config: AppConfig,
  ) {
    queue.on('error', (error) => this.logger.warn(`housekeeping queue: ${error.message}`));
  }

  /** Schedules the recurring heartbeat; a job scheduler is idempotent, so every process may call it. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        'heartbeat-every-interval',
        { every: this.config.get('HOUSEKEEPING_INTERVAL_MS') },
        { name: HousekeepingJob.Heartbeat, data: { enqueuedAt: new Date().toISOString() }, opts: JOB_RETENTION },
      );
    } catch (error) {
      // Redis may be down at start; health reports it and the next start schedules the job.
      this.logger.warn(`could not schedule the heartbeat: ${(error as Error).message}`);
    }
  }

  enqueueHeartbeat(): Promise<Job<HeartbeatPayload>> {
    return this.queue.add(HousekeepingJob.Heartbeat, { enqueuedAt: new Date().toISOString() }, JOB_RETENTION);
  }
}
