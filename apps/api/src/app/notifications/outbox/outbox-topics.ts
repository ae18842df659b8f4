import { Injectable } from '@nestjs/common';

/** Hands one committed outbox row to its queue; rejects while Redis does not accept the job. */
export type OutboxEnqueue = (outboxId: string) => Promise<void>;

/**
 * Which queue takes which outbox topic. Each feature's producer registers its topic when it is
 * created (`email` → notifications, `receipt` → receipts); the dispatcher claims only rows of the
 * topics registered in its process, so a row whose producer is absent waits instead of being lost.
 */
@Injectable()
export class OutboxTopics {
  private readonly handlers = new Map<string, OutboxEnqueue>();

  register(topic: string, enqueue: OutboxEnqueue): void {
    if (this.handlers.has(topic)) throw new Error(`outbox topic "${topic}" is registered twice`);
    this.handlers.set(topic, enqueue);
  }

  /** The registered topics, in registration order. */
  topics(): string[] {
    return [...this.handlers.keys()];
  }

  enqueue(topic: string, outboxId: string): Promise<void> {
    const enqueue = this.handlers.get(topic);
    if (!enqueue) return Promise.reject(new Error(`no queue for outbox topic "${topic}"`));
    return enqueue(outboxId);
  }
}
