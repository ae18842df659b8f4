import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ExportGenerator, type ExportOutcome } from './export-generator.service';
import { EXPORTS_QUEUE, type GenerateExportPayload } from './exports.constants';

/**
 * Makes one export per job (see ExportGenerator). A report of a whole call takes seconds; the lock
 * leaves room for a large call on a slow disk without a false stall, and one export at a time keeps
 * the worker's memory to one workbook.
 */
@Processor(EXPORTS_QUEUE, { concurrency: 1, lockDuration: 120_000 })
export class ExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ExportProcessor.name);

  constructor(private readonly generator: ExportGenerator) {
    super();
  }

  async process(job: Job<GenerateExportPayload>): Promise<{ outcome: ExportOutcome }> {
    // attemptsMade counts the attempts that failed before this one.
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return { outcome: await this.generator.generate(job.data.outboxId, finalAttempt) };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<GenerateExportPayload> | undefined, error: Error): void {
    this.logger.warn(
      `export of outbox ${job?.data.outboxId ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`,
    );
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`exports worker: ${error.message}`);
  }
}
