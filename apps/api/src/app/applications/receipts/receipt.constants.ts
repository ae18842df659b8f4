import type { Locale } from '@skema/contracts';
import type { JobsOptions } from 'bullmq';

export const RECEIPTS_QUEUE = 'receipts';

export const ReceiptsJob = {
  Generate: 'generate-receipt',
} as const;

/** Outbox topic of receipt requests; the dispatcher hands these to RECEIPTS_QUEUE. */
export const RECEIPT_TOPIC = 'receipt';

/**
 * The outbox payload written with the submission. `applicationId` names the submission (one per
 * application: a CSO that withdraws and applies again does so with a new application).
 */
export interface ReceiptRequest {
  applicationId: string;
  /** The submitter's language when they submitted: the receipt is written in it. */
  locale: Locale;
}

/** Payload of a receipt job: only the outbox row's id; the row is the truth. */
export interface GenerateReceiptPayload {
  outboxId: string;
}

/** One job per outbox row: adding the same row twice while its job exists is a no-op. */
export const jobIdForReceipt = (outboxId: string) => `receipt-${outboxId}`;

/**
 * 8 attempts at 5 s · 2^n cover about 20 minutes; after that the outbox sweep starts another round.
 * Finished jobs are kept a while for the queue dashboard.
 */
export const RECEIPT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 1_000 },
};

export const RECEIPT_CONTENT_TYPE = 'application/pdf';

/** Where the receipt's PDF is stored (FileStorage key). */
export const receiptStorageKey = (applicationId: string) => `receipts/${applicationId}`;

/** The name a person sees when downloading or opening the attachment, e.g. `SK-2026-KUK-0007-receipt.pdf`. */
export const receiptFileName = (reference: string) => `${reference}-receipt.pdf`;
