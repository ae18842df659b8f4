import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ReceiptGenerator, type ReceiptOutcome } from './receipt-generator.service';
import { type GenerateReceiptPayload, RECEIPTS_QUEUE } from './receipt.constants';

/**
 * Makes one submission receipt per job. Idempotent (see ReceiptGenerator.generate). A receipt takes a
 * fraction of a second; the lock leaves room for a slow disk or database without a false stall.
 */
@Processor(RECEIPTS_QUEUE, { concurrency: 2, lockDuration: 60_000 })
export class ReceiptProcessor extends WorkerHost {
  private readonly logger = new Logger(ReceiptProcessor.name);

  constructor(private readonly generator: ReceiptGenerator) {
    super();
  }

  async process(job: Job<GenerateReceiptPayload>): Promise<{ outcome: ReceiptOutcome }> {
    try {
      return { outcome: await this.generator.generate(job.data.outboxId) };
    } catch (error) {
      // Best effort: if the database is what failed, BullMQ still retries on the original error.
      await this.generator.recordFailure(job.data.outboxId, error as Error).catch(() => undefined);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<GenerateReceiptPayload> | undefined, error: Error): void {
    this.logger.warn(`receipt of outbox ${job?.data.outboxId ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`receipts worker: ${error.message}`);
  }
}
