import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  DELIVERY_JOB_OPTIONS,
  type DeliverEmailPayload,
  jobIdForOutbox,
  NOTIFICATIONS_QUEUE,
  NotificationsJob,
  OUTBOX_ENQUEUE_TIMEOUT_MS,
} from './notifications.constants';

/** The one place that puts notification jobs on the queue (called by the outbox dispatcher). */
@Injectable()
export class NotificationsProducer {
  private readonly logger = new Logger(NotificationsProducer.name);

  constructor(@InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<DeliverEmailPayload>) {
    queue.on('error', (error) => this.logger.warn(`notifications queue: ${error.message}`));
  }

  /**
   * Enqueues the delivery of one outbox message: a no-op while its job waits, runs or backs off; a
   * new round for a job that used up its attempts. Fails fast when Redis is not connected: ioredis
   * would otherwise hold the command offline for minutes, and the outbox row is where a message waits.
   */
  async enqueueDelivery(outboxId: string): Promise<void> {
    const client = await withTimeout(this.queue.client, OUTBOX_ENQUEUE_TIMEOUT_MS);
    if (client.status !== 'ready') throw new Error(`Redis is not connected (${client.status})`);
    await withTimeout(this.add(outboxId), OUTBOX_ENQUEUE_TIMEOUT_MS);
  }

  private async add(outboxId: string): Promise<void> {
    const jobId = jobIdForOutbox(outboxId);
    // A job that used up its attempts is kept (dashboard) and would block a plain re-add: give it a new round.
    const existing = await this.queue.getJob(jobId);
    if (existing && (await existing.isFailed())) {
      await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return;
    }
    await this.queue.add(NotificationsJob.DeliverEmail, { outboxId }, { ...DELIVERY_JOB_OPTIONS, jobId });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
