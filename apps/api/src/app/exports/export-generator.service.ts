import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FileStorage } from '../../common/storage/file-storage';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import { recordOutboxFailure, settleOutboxMessage } from '../notifications/outbox/outbox-write';
import { ExportJob } from './export-job.entity';
import { ExportFailure, ExportRenderers, type ExportRequest } from './export-renderers';
import { EXPORT_FAILED, type ExportRequestMessage, exportStorageKey } from './exports.constants';

export type ExportOutcome = 'generated' | 'failed' | 'already_finished' | 'missing';

/** The last progress a running export reports before its file is stored; 100 means done. */
const PROGRESS_BEFORE_STORED = 99;

/**
 * Makes one export's file. Unlike a receipt, no transaction is held while the file is made: the
 * progress written as it goes must be visible to the person polling. So the job is claimed (marked
 * `running`) in one short transaction and finished in another; the outbox row is settled only when the
 * export is done or has failed for good, and a retried job simply renders again (same key, same row).
 */
@Injectable()
export class ExportGenerator {
  private readonly logger = new Logger(ExportGenerator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly renderers: ExportRenderers,
  ) {}

  /**
   * `finalAttempt`: an unexpected error then marks the export failed (`export_failed`) instead of
   * leaving it running for a retry that will not come. An `ExportFailure` always does, with its code.
   */
  async generate(outboxId: string, finalAttempt: boolean): Promise<ExportOutcome> {
    const claim = await this.claim(outboxId);
    if (typeof claim === 'string') return claim;
    try {
      const file = await this.renderers.get(claim.kind).render(claim, (percent) => this.progress(claim.id, percent));
      const key = exportStorageKey(claim.id);
      await this.storage.put(key, file.content);
      await this.finish(outboxId, claim.id, { status: 'done', storageKey: key, fileName: file.fileName });
      return 'generated';
    } catch (error) {
      if (error instanceof ExportFailure || finalAttempt) {
        const code = error instanceof ExportFailure ? error.code : EXPORT_FAILED;
        this.logger.warn(`export ${claim.id} failed: ${(error as Error).message}`);
        await this.finish(outboxId, claim.id, { status: 'failed', error: code });
        if (error instanceof ExportFailure) return 'failed';
      } else {
        await recordOutboxFailure(this.dataSource.manager, outboxId, error as Error).catch(() => undefined);
      }
      throw error;
    }
  }

  /** Locks the outbox row and the export, and marks the export running; a finished one only settles the row. */
  private claim(outboxId: string): Promise<ExportRequest | Exclude<ExportOutcome, 'generated' | 'failed'>> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(OutboxMessage, {
        where: { id: outboxId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return 'missing';
      if (row.deliveredAt) return 'already_finished';
      const { exportJobId } = row.payload as unknown as ExportRequestMessage;
      const job = await manager.findOne(ExportJob, { where: { id: exportJobId }, lock: { mode: 'pessimistic_write' } });
      if (!job) {
        await settleOutboxMessage(manager, outboxId, 'the export job does not exist');
        return 'missing';
      }
      if (job.status === 'done' || job.status === 'failed') {
        await settleOutboxMessage(manager, outboxId, null);
        return 'already_finished';
      }
      // Bookkeeping of the machine, not a person's change: not audited (the request and the outcome are).
      await manager.update(ExportJob, { id: job.id }, { status: 'running', progress: 0 });
      const { id, kind, format, locale, ownerId, params } = job;
      return { id, kind, format, locale, ownerId, params };
    });
  }

  private async progress(exportJobId: string, percent: number): Promise<void> {
    const value = Math.max(0, Math.min(PROGRESS_BEFORE_STORED, Math.round(percent)));
    await this.dataSource.query(
      `UPDATE export_jobs SET progress = GREATEST(progress, $2) WHERE id = $1 AND status = 'running'`,
      [exportJobId, value],
    );
  }

  /** Records the outcome (audited) and settles the outbox row, together. */
  private finish(
    outboxId: string,
    exportJobId: string,
    outcome: Pick<ExportJob, 'status'> & Partial<Pick<ExportJob, 'storageKey' | 'fileName' | 'error'>>,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager.findOneOrFail(ExportJob, {
        where: { id: exportJobId },
        lock: { mode: 'pessimistic_write' },
      });
      Object.assign(job, outcome, { progress: outcome.status === 'done' ? 100 : job.progress, finishedAt: new Date() });
      await manager.save(job);
      await settleOutboxMessage(manager, outboxId, outcome.error ?? null);
    });
  }
}
