import type { JobsOptions, Queue } from 'bullmq';
import { OUTBOX_ENQUEUE_TIMEOUT_MS } from '../notifications.constants';

/**
 * Enqueues the job of one outbox row under a deterministic id: a no-op while that job waits, runs or
 * backs off; a new round for a job that used up its attempts (it is kept for the dashboard and would
 * block a plain re-add). Fails fast when Redis is not connected: ioredis would otherwise hold the
 * command offline for minutes, and the outbox row is where a message waits.
 */
export async function enqueueOutboxJob<T>(
  queue: Queue<T>,
  name: string,
  data: T,
  options: JobsOptions & { jobId: string },
): Promise<void> {
  const client = await withTimeout(queue.client, OUTBOX_ENQUEUE_TIMEOUT_MS);
  if (client.status !== 'ready') throw new Error(`Redis is not connected (${client.status})`);
  await withTimeout(add(queue, name, data, options), OUTBOX_ENQUEUE_TIMEOUT_MS);
}

async function add<T>(queue: Queue<T>, name: string, data: T, options: JobsOptions & { jobId: string }): Promise<void> {
  const existing = await queue.getJob(options.jobId);
  if (existing && (await existing.isFailed())) {
    await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return;
  }
  // BullMQ's generics make the name and data parameters conditional types; the queue is typed by T.
  await (queue as Queue).add(name, data, options);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
