import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueOutboxJob } from '../../notifications/outbox/outbox-enqueue';
import { OutboxTopics } from '../../notifications/outbox/outbox-topics';
import { type GenerateReceiptPayload, jobIdForReceipt, RECEIPT_JOB_OPTIONS, RECEIPT_TOPIC, RECEIPTS_QUEUE, ReceiptsJob } from './receipt.constants';

/** The one place that puts receipt jobs on the queue: the outbox dispatcher calls it for `receipt` rows. */
@Injectable()
export class ReceiptsProducer {
  private readonly logger = new Logger(ReceiptsProducer.name);

  constructor(
    @InjectQueue(RECEIPTS_QUEUE) private readonly queue: Queue<GenerateReceiptPayload>,
    topics: OutboxTopics,
  ) {
    queue.on('error', (error) => this.logger.warn(`receipts queue: ${error.message}`));
    topics.register(RECEIPT_TOPIC, (outboxId) => this.enqueueGeneration(outboxId));
  }

  enqueueGeneration(outboxId: string): Promise<void> {
    return enqueueOutboxJob(this.queue, ReceiptsJob.Generate, { outboxId }, { ...RECEIPT_JOB_OPTIONS, jobId: jobIdForReceipt(outboxId) });
  }
}
