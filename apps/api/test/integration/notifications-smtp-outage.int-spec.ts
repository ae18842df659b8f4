import { createServer, type Server } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OutboxMessage } from '../../src/app/notifications/entities/outbox-message.entity';
import { NotificationService } from '../../src/app/notifications/notification.service';
import {
  jobIdForOutbox,
  NOTIFICATIONS_QUEUE,
  NotificationsJob,
} from '../../src/app/notifications/notifications.constants';
import { OutboxDispatcher } from '../../src/app/notifications/outbox/outbox-dispatcher';
import { User } from '../../src/app/users/entities/user.entity';
import { freePort, waitFor } from '../utils/processes';
import { createTestApp, type TestApp } from '../utils/test-app';

/** Just enough of an SMTP server (RFC 5321, no TLS, no auth) to accept messages and keep them. */
function startSmtpServer(port: number): Promise<{ server: Server; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let message: string[] | null = null;
    socket.write('220 fake.smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message) {
          if (line === '.') {
            messages.push(message.join('\r\n'));
            message = null;
            socket.write('250 2.0.0 queued\r\n');
          } else message.push(line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'DATA') {
          message = [];
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(verb === 'EHLO' || verb === 'HELO' ? '250 fake.smtp\r\n' : '250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, messages })));
}

/** DESIGN §6: an e-mail waits while the mail server is down, goes out when it is back, and only once. */
describe('notifications through a mail server outage', () => {
  let t: TestApp;
  let db: DataSource;
  let port: number;
  let smtp: { server: Server; messages: string[] } | null = null;

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({ RUN_WORKERS: 'true', SMTP_URL: `smtp://127.0.0.1:${port}` });
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await t.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE)).obliterate({ force: true });
    await t.close();
    await new Promise((resolve) => (smtp ? smtp.server.close(resolve) : resolve(undefined)));
  });

  it('retries with back-off and delivers exactly once by SMTP', async () => {
    const email = `smtp.${Date.now()}@test.skema`;
    const { identifiers } = await db
      .getRepository(User)
      .insert({ email, displayName: 'Ilir', passwordHash: 'x', locale: 'sq' });
    const userId = (identifiers[0] as { id: string }).id;
    const { outboxId } = await db.transaction((manager) =>
      t.app
        .get(NotificationService)
        .notify(manager, { userId, kind: 'organisation_verified', params: { organisationName: 'Vatra' } }),
    );
    const row = () => db.getRepository(OutboxMessage).findOneByOrFail({ id: outboxId as string });

    // Nothing listens on the port yet: the first attempt fails and is recorded on the row.
    await waitFor(async () => (await row()).attempts >= 1, 10_000);
    expect(await row()).toMatchObject({ deliveredAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });

    smtp = await startSmtpServer(port);
    await waitFor(async () => (await row()).deliveredAt !== null, 30_000);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toContain(`To: ${email}`);
    expect(smtp.messages[0]).toContain('Subject: Organizata juaj u verifikua');
    expect(smtp.messages[0]).toMatch(new RegExp(`Message-ID: <outbox-${outboxId}\\.\\d+@skema\\.test>`));
    expect((await row()).attempts).toBe(2);
  }, 60_000);

  it('gives a message whose job used up its attempts another round, later', async () => {
    await new Promise((resolve) => smtp?.server.close(resolve));
    const { identifiers } = await db
      .getRepository(User)
      .insert({ email: `round.${Date.now()}@test.skema`, displayName: 'Ema', passwordHash: 'x', locale: 'en' });
    const userId = (identifiers[0] as { id: string }).id;
    const { outboxId } = await db.transaction((manager) =>
      t.app
        .get(NotificationService)
        .notify(manager, { userId, kind: 'role_changed', params: { roles: ['evaluator'] } }),
    );
    const row = () => db.getRepository(OutboxMessage).findOneByOrFail({ id: outboxId as string });
    await waitFor(async () => (await row()).attempts >= 1, 10_000);

    // Shorten the job's life to one attempt, so it ends up failed as after 8 (about 20 minutes).
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE));
    const jobId = jobIdForOutbox(outboxId as string);
    await (await queue.getJob(jobId))?.remove();
    await queue.add(
      NotificationsJob.DeliverEmail,
      { outboxId: outboxId as string },
      { jobId, attempts: 1, removeOnFail: false },
    );
    await waitFor(async () => (await (await queue.getJob(jobId))?.isFailed()) === true, 10_000);

    // The mail server is back; half an hour later the sweep puts the message back in line.
    smtp = await startSmtpServer(port);
    await db.query(`UPDATE outbox_messages SET dispatched_at = now() - interval '31 minutes' WHERE id = $1`, [
      outboxId,
    ]);
    const dispatcher = t.app.get(OutboxDispatcher);
    expect(await dispatcher.redispatchStale()).toBe(1);
    await dispatcher.dispatchPending();
    await waitFor(async () => (await row()).deliveredAt !== null, 15_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toContain('Subject: Your roles have changed');
  }, 60_000);
});
