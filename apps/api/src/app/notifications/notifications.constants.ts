import type { Locale, NotificationKind } from '@skema/contracts';
import type { JobsOptions } from 'bullmq';

export const NOTIFICATIONS_QUEUE = 'notifications';

export const NotificationsJob = {
  DeliverEmail: 'deliver-email',
} as const;

/** Outbox topic of e-mails; the dispatcher hands these to NOTIFICATIONS_QUEUE. */
export const EMAIL_TOPIC = 'email';

/** The outbox payload of an e-mail: who, what, and the params; the text is rendered at delivery. */
export interface EmailMessage {
  kind: NotificationKind;
  userId: string | null;
  /** A plain address, for someone who has no account (yet). */
  email: string | null;
  /** The language for a plain address; a user's own locale wins for users. */
  locale: Locale | null;
  params: Record<string, unknown>;
  link: string | null;
  /** Files to attach, read from FileStorage at delivery (absent on most messages). */
  attachments?: EmailAttachment[];
}

/** A stored file carried by an e-mail: the bytes stay in FileStorage, the outbox row names them. */
export interface EmailAttachment {
  storageKey: string;
  fileName: string;
  contentType: string;
}

/** Payload of a delivery job: only the outbox row's id; the row is the truth. */
export interface DeliverEmailPayload {
  outboxId: string;
}

/** One job per outbox row: adding the same row twice while its job exists is a no-op. */
export const jobIdForOutbox = (outboxId: string) => `outbox-${outboxId}`;

/**
 * 8 attempts at 5 s · 2^n cover about 20 minutes; after that the outbox sweep starts another round
 * (see OUTBOX_REDISPATCH_AFTER_MS). Finished jobs are kept a while for the queue dashboard.
 */
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 1_000 },
};

/** How often the dispatcher looks for undispatched outbox rows, and how many it claims at once. */
export const OUTBOX_POLL_INTERVAL_MS = 2_000;
export const OUTBOX_BATCH_SIZE = 50;
/** An enqueue that has not answered by then counts as failed (Redis down); the row waits. */
export const OUTBOX_ENQUEUE_TIMEOUT_MS = 3_000;

/**
 * A message dispatched this long ago and still undelivered is dispatched again: its job failed all
 * its attempts (SMTP down for a while) or was lost with Redis's data. Re-dispatching a job that is
 * still waiting or retrying is a no-op, so this may be shorter than a full round of attempts.
 */
export const OUTBOX_REDISPATCH_AFTER_MS = 30 * 60_000;
/** Messages older than this are no longer re-dispatched: they stay, undelivered, with their last error. */
export const OUTBOX_GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;
/** Delivered outbox rows (their payloads may hold one-time links) are deleted after this. */
export const OUTBOX_RETENTION_DAYS = 7;
