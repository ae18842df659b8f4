import type { ExportFormat } from '@skema/contracts';
import type { JobsOptions } from 'bullmq';

export const EXPORTS_QUEUE = 'exports';

export const ExportsJob = {
  Generate: 'generate-export',
} as const;

/** Outbox topic of export requests; the dispatcher hands these to EXPORTS_QUEUE. */
export const EXPORT_TOPIC = 'export';

/** The outbox payload written with the export job's row: the row is the truth, this only names it. */
export interface ExportRequestMessage {
  exportJobId: string;
}

/** Payload of an export job: only the outbox row's id. */
export interface GenerateExportPayload {
  outboxId: string;
}

/** One job per outbox row: adding the same row twice while its job exists is a no-op. */
export const jobIdForExport = (outboxId: string) => `export-${outboxId}`;

/**
 * A report is made in seconds; three attempts cover a database or disk hiccup, and a failure that
 * would only repeat (the call has no grid) is not retried at all (ExportFailure). Finished jobs are
 * kept a while for the queue dashboard.
 */
export const EXPORT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 1_000 },
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Where an export's file is stored (FileStorage key). */
export const exportStorageKey = (exportJobId: string) => `exports/${exportJobId}`;

/** The code an export fails with when nothing more specific is known (never a stack trace). */
export const EXPORT_FAILED = 'export_failed';
