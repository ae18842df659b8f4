import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { type DeliverEmailPayload, NOTIFICATIONS_QUEUE } from '../notifications.constants';
import { type DeliveryOutcome, NotificationDeliveryService } from './notification-delivery.service';

/**
 * Delivers one outbox e-mail per job. Idempotent (see NotificationDeliveryService.deliver). The lock
 * outlasts the SMTP timeouts, so a slow server cannot make BullMQ think the job stalled.
 */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 5, lockDuration: 90_000 })
export class DeliverEmailProcessor extends WorkerHost {
  private readonly logger = new Logger(DeliverEmailProcessor.name);

  constructor(private readonly delivery: NotificationDeliveryService) {
    super();
  }

  async process(job: Job<DeliverEmailPayload>): Promise<{ outcome: DeliveryOutcome }> {
    try {
      return { outcome: await this.delivery.deliver(job.data.outboxId) };
    } catch (error) {
      // Best effort: if the database is what failed, BullMQ still retries on the original error.
      await this.delivery.recordFailure(job.data.outboxId, error as Error).catch(() => undefined);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<DeliverEmailPayload> | undefined, error: Error): void {
    this.logger.warn(
      `e-mail of outbox ${job?.data.outboxId ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`,
    );
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`notifications worker: ${error.message}`);
  }
}
