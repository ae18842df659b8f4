import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueOutboxJob } from '../notifications/outbox/outbox-enqueue';
import { OutboxTopics } from '../notifications/outbox/outbox-topics';
import {
  EXPORT_JOB_OPTIONS,
  EXPORT_TOPIC,
  EXPORTS_QUEUE,
  ExportsJob,
  type GenerateExportPayload,
  jobIdForExport,
} from './exports.constants';

/** The one place that puts export jobs on the queue: the outbox dispatcher calls it for `export` rows. */
@Injectable()
export class ExportsProducer {
  private readonly logger = new Logger(ExportsProducer.name);

  constructor(
    @InjectQueue(EXPORTS_QUEUE) private readonly queue: Queue<GenerateExportPayload>,
    topics: OutboxTopics,
  ) {
    queue.on('error', (error) => this.logger.warn(`exports queue: ${error.message}`));
    topics.register(EXPORT_TOPIC, (outboxId) => this.enqueueGeneration(outboxId));
  }

  enqueueGeneration(outboxId: string): Promise<void> {
    return enqueueOutboxJob(
      this.queue,
      ExportsJob.Generate,
      { outboxId },
      { ...EXPORT_JOB_OPTIONS, jobId: jobIdForExport(outboxId) },
    );
  }
}
