import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  OUTBOX_BATCH_SIZE,
  OUTBOX_GIVE_UP_AFTER_MS,
  OUTBOX_POLL_INTERVAL_MS,
  OUTBOX_REDISPATCH_AFTER_MS,
  OUTBOX_RETENTION_DAYS,
} from '../notifications.constants';
import { OutboxTopics } from './outbox-topics';

const SWEEP_EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Moves committed outbox rows onto their topic's queue (see OutboxTopics: e-mails to notifications,
 * receipts to receipts). Runs in every process with workers:
 * every OUTBOX_POLL_INTERVAL_MS, and at once when this process commits a notification (see
 * OutboxWakeSubscriber). Rows are claimed with FOR UPDATE SKIP LOCKED, so several processes never
 * claim the same one, and marked dispatched in the same transaction only after Redis accepted the
 * job; while Redis is down nothing is marked and the rows wait. Passes never overlap, errors are
 * logged (once per outage) and never thrown, and the loop stops before the app shuts down.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private wakeRequested = false;
  private stopped = true;
  private failing = false;
  private lastSweep = 0;
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly topics: OutboxTopics,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs a pass soon (a notification was just committed); a pass under way is followed by another. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Runs a pass that starts after this call and resolves with how many messages it dispatched. */
  async dispatchPending(): Promise<number> {
    await this.running;
    return this.run();
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    await this.run();
    if (this.stopped) return;
    this.schedule(this.wakeRequested ? 0 : OUTBOX_POLL_INTERVAL_MS);
    this.wakeRequested = false;
  }

  private run(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let dispatched = 0;
    try {
      await this.housekeeping();
      for (;;) {
        const batch = await this.dispatchBatch();
        dispatched += batch.dispatched;
        if (batch.failure) throw batch.failure;
        if (batch.claimed < OUTBOX_BATCH_SIZE || this.stopped) break;
      }
      if (this.failing) this.logger.log('outbox dispatch works again');
      this.failing = false;
    } catch (error) {
      // Redis or PostgreSQL is down: say so once, keep the rows, and try again on the next pass.
      if (!this.failing) this.logger.warn(`outbox dispatch paused: ${(error as Error).message}`);
      this.failing = true;
    }
    return dispatched;
  }

  private dispatchBatch(): Promise<{ claimed: number; dispatched: number; failure: Error | null }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; topic: string }[]>(
        `SELECT id, topic FROM outbox_messages
          WHERE topic = ANY($1::text[]) AND dispatched_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [this.topics.topics(), OUTBOX_BATCH_SIZE],
      );
      const done: string[] = [];
      let failure: Error | null = null;
      for (const { id, topic } of rows) {
        try {
          await this.topics.enqueue(topic, String(id));
          done.push(String(id));
        } catch (error) {
          failure = error as Error;
          break;
        }
      }
      // Committed together with the claim: what Redis accepted is marked, the rest stays pending.
      if (done.length > 0) {
        await manager.query(`UPDATE outbox_messages SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [done]);
      }
      return { claimed: rows.length, dispatched: done.length, failure };
    });
  }

  /** Re-dispatches stale messages every minute and deletes old delivered ones every hour. */
  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      await this.redispatchStale();
      this.lastSweep = now;
    }
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      await this.dataSource.query(
        `DELETE FROM outbox_messages WHERE topic = ANY($1::text[]) AND delivered_at < now() - make_interval(days => $2)`,
        [this.topics.topics(), OUTBOX_RETENTION_DAYS],
      );
      this.lastPrune = now;
    }
  }

  /**
   * Puts back in line the messages dispatched long ago and still undelivered (their job used up its
   * attempts, or Redis lost it); the next pass dispatches them again. Returns how many.
   */
  async redispatchStale(): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE outbox_messages SET dispatched_at = NULL
        WHERE topic = ANY($1::text[]) AND delivered_at IS NULL
          AND dispatched_at < now() - make_interval(secs => $2)
          AND created_at > now() - make_interval(secs => $3)`,
      [this.topics.topics(), OUTBOX_REDISPATCH_AFTER_MS / 1_000, OUTBOX_GIVE_UP_AFTER_MS / 1_000],
    );
    return affected;
  }
}
