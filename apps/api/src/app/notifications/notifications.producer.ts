import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  DELIVERY_JOB_OPTIONS,
  type DeliverEmailPayload,
  EMAIL_TOPIC,
  jobIdForOutbox,
  NOTIFICATIONS_QUEUE,
  NotificationsJob,
} from './notifications.constants';
import { enqueueOutboxJob } from './outbox/outbox-enqueue';
import { OutboxTopics } from './outbox/outbox-topics';

/** The one place that puts notification jobs on the queue (called by the outbox dispatcher). */
@Injectable()
export class NotificationsProducer {
  private readonly logger = new Logger(NotificationsProducer.name);

  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<DeliverEmailPayload>,
    topics: OutboxTopics,
  ) {
    queue.on('error', (error) => this.logger.warn(`notifications queue: ${error.message}`));
    topics.register(EMAIL_TOPIC, (outboxId) => this.enqueueDelivery(outboxId));
  }

  /** Enqueues the delivery of one outbox e-mail (see enqueueOutboxJob for what happens on repeats). */
  enqueueDelivery(outboxId: string): Promise<void> {
    return enqueueOutboxJob(this.queue, NotificationsJob.DeliverEmail, { outboxId }, { ...DELIVERY_JOB_OPTIONS, jobId: jobIdForOutbox(outboxId) });
  }
}
