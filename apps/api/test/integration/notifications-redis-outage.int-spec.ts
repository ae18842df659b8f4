import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxMessage } from '../../src/app/notifications/entities/outbox-message.entity';
import { NotificationService } from '../../src/app/notifications/notification.service';
import { OUTBOX_POLL_INTERVAL_MS } from '../../src/app/notifications/notifications.constants';
import { User } from '../../src/app/users/entities/user.entity';
import { freePort, sleep, startRedis, waitFor } from '../utils/processes';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * DESIGN §6: "never lost when Redis is down for a while", and never sent twice. A Redis of this
 * test's own (a real redis-server on a free port) is stopped while a notification is committed, then
 * started again, empty, on the same port.
 */
describe('notifications through a Redis outage', () => {
  let port: number;
  let redis: ChildProcess | null = null;
  let t: TestApp;
  let db: DataSource;
  let mailDir: string;

  const bringRedisUp = async () => {
    redis = startRedis(port);
    await waitFor(
      () =>
        new Promise((resolve) => {
          const socket = createServer().listen(port, '127.0.0.1');
          // The port is taken once redis-server listens on it.
          socket.on('error', () => resolve(true));
          socket.on('listening', () => socket.close(() => resolve(false)));
        }),
      10_000,
    );
  };
  const stopRedis = async () => {
    const process = redis;
    redis = null;
    if (!process || process.exitCode !== null) return;
    process.kill('SIGKILL');
    await once(process, 'exit');
  };
  const emlFiles = async () => (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));

  beforeAll(async () => {
    port = await freePort();
    await bringRedisUp();
    mailDir = await mkdtemp(join(tmpdir(), 'skema-mail-'));
    t = await createTestApp({ RUN_WORKERS: 'true', MAIL_DIR: mailDir, REDIS_URL: `redis://127.0.0.1:${port}` });
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await t.close();
    await stopRedis();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('keeps the message while Redis is down and delivers it exactly once when Redis is back', async () => {
    const { identifiers } = await db
      .getRepository(User)
      .insert({ email: `outage.${Date.now()}@test.skema`, displayName: 'Besa', passwordHash: 'x', locale: 'en' });
    const userId = (identifiers[0] as { id: string }).id;

    await stopRedis();
    const { outboxId } = await db.transaction((manager) =>
      t.app.get(NotificationService).notify(manager, {
        userId,
        kind: 'security_alert',
        params: { event: 'password_changed', at: new Date().toISOString() },
      }),
    );
    await sleep(3 * OUTBOX_POLL_INTERVAL_MS + 1_000);
    const waiting = await db.getRepository(OutboxMessage).findOneByOrFail({ id: outboxId as string });
    expect(waiting).toMatchObject({ dispatchedAt: null, deliveredAt: null });
    expect(await emlFiles()).toEqual([]);

    await bringRedisUp();
    // ioredis reconnects with a growing back-off (BullMQ caps it at 20 s).
    await waitFor(async () => (await emlFiles()).length > 0, 60_000);
    await waitFor(
      async () =>
        (await db.getRepository(OutboxMessage).findOneByOrFail({ id: outboxId as string })).deliveredAt !== null,
      10_000,
    );
    await sleep(2 * OUTBOX_POLL_INTERVAL_MS);

    const files = await emlFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`-${outboxId}-security_alert\\.eml$`));
    const row = await db.getRepository(OutboxMessage).findOneByOrFail({ id: outboxId as string });
    expect(row.dispatchedAt).not.toBeNull();
    expect(row.deliveredAt).not.toBeNull();
    expect(row.attempts).toBe(1);
  }, 120_000);
});
