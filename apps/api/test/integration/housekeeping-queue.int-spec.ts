import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { QueueEvents, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { WorkerHeartbeat } from '../../src/app/housekeeping/entities/worker-heartbeat.entity';
import { HOUSEKEEPING_QUEUE } from '../../src/app/housekeeping/housekeeping.constants';
import { HousekeepingProducer } from '../../src/app/housekeeping/housekeeping.producer';
import { createTestApp, type TestApp } from '../utils/test-app';

/** A job goes through real Redis to a worker running in the API process, and lands in PostgreSQL. */
describe('housekeeping queue', () => {
  let t: TestApp;
  let events: QueueEvents;
  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'true', HOUSEKEEPING_INTERVAL_MS: '3600000' });
    const queue = t.app.get<Queue>(getQueueToken(HOUSEKEEPING_QUEUE));
    events = new QueueEvents(HOUSEKEEPING_QUEUE, { connection: queue.opts.connection, prefix: t.queuePrefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    const queue = t.app.get<Queue>(getQueueToken(HOUSEKEEPING_QUEUE));
    await events.close();
    await queue.obliterate({ force: true });
    await t.close();
  });

  it('processes an enqueued heartbeat and records it once', async () => {
    const job = await t.app.get(HousekeepingProducer).enqueueHeartbeat();
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result).toEqual({ pruned: 0 });
    const rows = await t.app.get<DataSource>(getDataSourceToken()).getRepository(WorkerHeartbeat).findBy({ jobId: job.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].processedAt.getTime()).toBeGreaterThanOrEqual(rows[0].enqueuedAt.getTime() - 1_000);
  });

  it('keeps its scheduler: the recurring heartbeat is registered once', async () => {
    const queue = t.app.get<Queue>(getQueueToken(HOUSEKEEPING_QUEUE));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual(['heartbeat-every-interval']);
  });
});
