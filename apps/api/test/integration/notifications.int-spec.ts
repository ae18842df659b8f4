import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Locale } from '@skema/contracts';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { Notification } from '../../src/app/notifications/entities/notification.entity';
import { OutboxMessage } from '../../src/app/notifications/entities/outbox-message.entity';
import { DeliverEmailProcessor } from '../../src/app/notifications/jobs/deliver-email.processor';
import { NotificationService, type NotifyRequest } from '../../src/app/notifications/notification.service';
import { NOTIFICATIONS_QUEUE } from '../../src/app/notifications/notifications.constants';
import { OutboxDispatcher } from '../../src/app/notifications/outbox/outbox-dispatcher';
import { User } from '../../src/app/users/entities/user.entity';
import { createTestApp, type TestApp } from '../utils/test-app';

/** The parts of an .eml file a person reads: headers, and the plain-text part decoded. */
function parseEml(raw: string): { headers: string; subject: string; text: string } {
  const [headers] = raw.split('\r\n\r\n', 1);
  const qp = (s: string) =>
    Buffer.from(
      s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => `%${h}`),
      'utf8',
    );
  const decode = (s: string) => decodeURIComponent(qp(s).toString('latin1'));
  const subjectLine = /^Subject: (.*(?:\r\n .*)*)/m.exec(headers)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\r\n /g, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_, q: string) => decode(q.replace(/_/g, ' ')))
    .replace(/\s+(?==\?)|(?<=\?=)\s+/g, '');
  const plain =
    /Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: (\S+)\r\n\r\n([\s\S]*?)\r\n----/.exec(raw);
  const text = plain ? (plain[1] === 'quoted-printable' ? decode(plain[2]) : plain[2]) : '';
  return { headers, subject, text: text.replace(/\r\n/g, '\n') };
}

async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('notifications', () => {
  let t: TestApp;
  let db: DataSource;
  let mailDir: string;
  let people = 0;

  const emlFiles = async () =>
    (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  const emlFor = async (outboxId: string) => (await emlFiles()).filter((f) => f.split('-').at(-2) === outboxId);
  const readEml = async (name: string) => parseEml(await readFile(join(mailDir, name), 'utf8'));
  const notify = (request: NotifyRequest) =>
    db.transaction((manager) => t.app.get(NotificationService).notify(manager, request));
  const person = async (locale: Locale = 'sq') => {
    people += 1;
    const values = {
      email: `person${people}.${Date.now()}@test.skema`,
      displayName: `Arta ${people}`,
      passwordHash: 'not-a-real-hash',
      locale,
    };
    const { identifiers } = await db.getRepository(User).insert(values);
    return { id: (identifiers[0] as { id: string }).id, ...values };
  };
  const outbox = (id: string) => db.getRepository(OutboxMessage).findOneByOrFail({ id });
  const delivered = (id: string) => waitFor(async () => (await outbox(id)).deliveredAt !== null);

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'skema-mail-'));
    t = await createTestApp({ RUN_WORKERS: 'true', MAIL_DIR: mailDir, PUBLIC_URL: 'https://skema.test' });
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await t.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE)).obliterate({ force: true });
    await t.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('sends a committed notification once, in the recipient language, and shows it under the bell', async () => {
    const arta = await person('en');
    const { notificationId, outboxId } = await notify({
      userId: arta.id,
      kind: 'role_changed',
      params: { roles: ['evaluator'] },
      link: '/assignments',
    });
    expect(notificationId).toBeTruthy();
    await delivered(outboxId as string);

    const files = await emlFor(outboxId as string);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-\d+-role_changed\.eml$/);
    const mail = await readEml(files[0]);
    expect(mail.headers).toContain(`To: ${arta.email}`);
    expect(mail.headers).toContain('Content-Language: en');
    expect(mail.subject).toBe('Your roles have changed');
    expect(mail.text).toContain(`Hello ${arta.displayName},`);
    expect(mail.text).toContain('You now have: evaluator.');
    expect(mail.text).toContain('https://skema.test/assignments');
    expect(await db.getRepository(Notification).findBy({ userId: arta.id })).toMatchObject([
      { kind: 'role_changed', readAt: null },
    ]);
  });

  it('writes Albanian for an Albanian speaker, and e-mails a plain address without a bell', async () => {
    const drita = await person('sq');
    const toUser = await notify({
      userId: drita.id,
      kind: 'email_confirmation',
      params: {},
      link: '/confirm?token=abc',
    });
    expect(toUser.notificationId).toBeNull();
    const toAddress = await notify({
      email: 'New.Person@Test.Skema ',
      locale: 'en',
      kind: 'invitation',
      params: { invitedBy: 'Drita' },
      link: '/invitation?token=xyz',
    });
    await delivered(toUser.outboxId as string);
    await delivered(toAddress.outboxId as string);

    const sq = await readEml((await emlFor(toUser.outboxId as string))[0]);
    expect(sq.subject).toBe('Konfirmoni adresën e e-mailit');
    expect(sq.text).toContain(`Përshëndetje ${drita.displayName},`);
    expect(sq.text).toContain('Konfirmo adresën: https://skema.test/confirm?token=abc');
    const en = await readEml((await emlFor(toAddress.outboxId as string))[0]);
    expect(en.headers).toContain('To: new.person@test.skema');
    expect(en.subject).toBe('Invitation to Skema');
    expect(en.text).toContain('Drita invited you to join Skema');
  });

  it('sends nothing, and shows nothing, when the change rolls back', async () => {
    const arta = await person();
    const before = await emlFiles();
    await expect(
      db.transaction(async (manager) => {
        await t.app.get(NotificationService).notify(manager, {
          userId: arta.id,
          kind: 'security_alert',
          params: { event: 'password_changed', at: new Date().toISOString() },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.app.get(OutboxDispatcher).dispatchPending();
    await new Promise((r) => setTimeout(r, 500));
    expect(await db.getRepository(Notification).countBy({ userId: arta.id })).toBe(0);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE payload->>'userId' = $1`, [arta.id]),
    ).toEqual([{ n: 0 }]);
    expect(await emlFiles()).toEqual(before);
  });

  it('refuses to notify outside a transaction', async () => {
    const arta = await person();
    await expect(
      t.app
        .get(NotificationService)
        .notify(db.manager, { userId: arta.id, kind: 'role_changed', params: { roles: [] } }),
    ).rejects.toThrow(/open transaction/);
  });

  it('never sends a delivered message again: not by its job, not by a re-dispatch', async () => {
    const arta = await person();
    const { outboxId } = await notify({
      userId: arta.id,
      kind: 'organisation_verified',
      params: { organisationName: 'Vatra' },
    });
    await delivered(outboxId as string);
    const job = { data: { outboxId }, attemptsMade: 0, opts: { attempts: 8 } } as unknown as Job<{ outboxId: string }>;
    await expect(t.app.get(DeliverEmailProcessor).process(job)).resolves.toEqual({ outcome: 'already_delivered' });
    // As if the dispatcher's commit had been lost after Redis took the job: the row is dispatched again.
    await db.query(`UPDATE outbox_messages SET dispatched_at = NULL WHERE id = $1`, [outboxId]);
    await t.app.get(OutboxDispatcher).dispatchPending();
    await waitFor(async () => (await outbox(outboxId as string)).dispatchedAt !== null);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await emlFor(outboxId as string)).toHaveLength(1);
    expect((await outbox(outboxId as string)).attempts).toBe(1);
  });

  it('lets a person turn optional e-mails off, but not the mandatory ones', async () => {
    const arta = await person();
    await db.query(
      `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, 'organisation_verified', false), ($1, 'security_alert', false)`,
      [arta.id],
    );
    const optional = await notify({
      userId: arta.id,
      kind: 'organisation_verified',
      params: { organisationName: 'Vatra' },
    });
    expect(optional.notificationId).toBeTruthy();
    expect(optional.outboxId).toBeNull();
    const mandatory = await notify({
      userId: arta.id,
      kind: 'security_alert',
      params: { event: 'new_device', at: new Date().toISOString(), device: 'Firefox' },
    });
    await delivered(mandatory.outboxId as string);
    expect(await emlFor(mandatory.outboxId as string)).toHaveLength(1);
  });
});
