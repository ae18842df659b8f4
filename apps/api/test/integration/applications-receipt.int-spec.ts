import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { ApplicationDto, Locale, ProblemDetails } from '@skema/contracts';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ReceiptProcessor } from '../../src/app/applications/receipts/receipt.processor';
import type { Call } from '../../src/app/calls/entities/call.entity';
import { User } from '../../src/app/users/entities/user.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { completeDraft as completeDraftOf } from '../utils/applications';
import { createOrganisation, createUser, signIn } from '../utils/auth';
import { readEml } from '../utils/eml';
import { freePort, sleep, startRedis, waitFor } from '../utils/processes';
import { createTestApp, type TestApp } from '../utils/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What one test file needs: the app, a published call, and CSO staff who can fill in and submit drafts. */
function receiptWorld(settings: () => Record<string, string>) {
  const world = {} as { t: TestApp; db: DataSource; call: Call };

  beforeAll(async () => {
    world.t = await createTestApp(settings());
    world.db = world.t.app.get<DataSource>(getDataSourceToken());
    world.call = await world.db.transaction((m) => seedDemoCall(m, new Date(), null));
  });
  afterAll(() => world.t.close());

  /** A staff member of a new, verified CSO, signed in, writing in `locale`. */
  const applicant = async (locale: Locale) => {
    const organisation = await createOrganisation(world.t, 'Qendra Dëshmi');
    const user = await createUser(world.t, { roles: ['applicant'], organisationId: organisation.id });
    await world.db.getRepository(User).update({ id: user.id }, { locale });
    const auth: AuthenticatedUser = { id: user.id, email: user.email, roles: ['applicant'], organisationId: organisation.id, sessionId: '', locale, twoFactorEnabled: false };
    return { user, auth, organisation, headers: (await signIn(world.t, user)).headers };
  };

  const completeDraft = (auth: AuthenticatedUser, region: 'TIR' | 'KUK' | 'DIB' | 'SAR' = 'KUK') => completeDraftOf(world.t, auth, world.call.id, region);

  const submit = async (headers: Record<string, string>, id: string) => {
    const res = await world.t.app.inject({ method: 'POST', url: `/api/applications/${id}/submission`, headers });
    expect(res.statusCode).toBe(200);
    return res.json<ApplicationDto>();
  };
  const application = async (headers: Record<string, string>, id: string) =>
    (await world.t.app.inject({ method: 'GET', url: `/api/applications/${id}`, headers })).json<ApplicationDto>();
  const receiptOf = (headers: Record<string, string>, id: string) =>
    world.t.app.inject({ method: 'GET', url: `/api/applications/${id}/receipt`, headers });
  const ready = async (headers: Record<string, string>, id: string, timeoutMs = 20_000) => {
    await waitFor(async () => (await application(headers, id)).receipt?.status === 'ready', timeoutMs);
    return application(headers, id);
  };

  return { world, applicant, completeDraft, submit, application, receiptOf, ready };
}

describe('submission receipts, made by the worker', () => {
  let mailDir = '';
  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'skema-receipt-mail-'));
  });
  const { world, applicant, completeDraft, submit, application, receiptOf, ready } = receiptWorld(() => ({ RUN_WORKERS: 'true', MAIL_DIR: mailDir }));
  afterAll(() => rm(mailDir, { recursive: true, force: true }));

  /** The receipt e-mail to a person, once delivered: its outbox id and the message as read. */
  const receiptEmail = async (userId: string) => {
    let file = '';
    await waitFor(async () => {
      const rows = await world.db.query<{ id: string }[]>(
        `SELECT id FROM outbox_messages WHERE topic = 'email' AND payload->>'kind' = 'application_receipt' AND payload->>'userId' = $1 AND delivered_at IS NOT NULL`,
        [userId],
      );
      if (rows.length === 0) return false;
      const files = (await readdir(mailDir)).filter((f) => f.endsWith(`-${rows[0].id}-application_receipt.eml`));
      file = files[0] ?? '';
      return files.length === 1;
    }, 20_000);
    return readEml(await readFile(join(mailDir, file), 'utf8'));
  };

  it.each([
    ['sq', 'Vërtetimi i dorëzimit: '],
    ['en', 'Submission receipt: '],
  ] as const)('gives a %s speaker the receipt: pending at once, then a PDF to download and by e-mail', async (locale, subject) => {
    const { user, auth, headers } = await applicant(locale);
    const id = await completeDraft(auth);
    const submitted = await submit(headers, id);
    expect(submitted.receipt).toEqual({ status: 'pending', generatedAt: null, sha256: null });

    const done = await ready(headers, id);
    expect(done.receipt).toMatchObject({ status: 'ready', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Date.parse(done.receipt!.generatedAt!)).toBeGreaterThanOrEqual(Date.parse(done.submittedAt!));

    const download = await receiptOf(headers, id);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${done.reference}-receipt.pdf"`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('private, no-store');
    const pdf = download.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(pdf)).toBe(done.receipt!.sha256);
    expect(pdf.toString('latin1')).toContain(`/Lang (${locale})`);
    expect(pdf.toString('latin1')).toContain(`(${done.reference})`);

    const mail = await receiptEmail(user.id);
    expect(mail.subject).toBe(`${subject}${done.reference}`);
    expect(mail.headers).toContain(`Content-Language: ${locale}`);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ fileName: `${done.reference}-receipt.pdf`, contentType: 'application/pdf' });
    expect(sha256(mail.attachments[0].content)).toBe(done.receipt!.sha256);
    expect(await world.db.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at`, [user.id])).toEqual([
      { kind: 'application_submitted' },
      { kind: 'application_receipt' },
    ]);
  });

  it('shows the receipt to nobody outside the CSO: another CSO gets 404', async () => {
    const owner = await applicant('sq');
    const id = await completeDraft(owner.auth, 'DIB');
    await submit(owner.headers, id);
    await ready(owner.headers, id);
    const stranger = await applicant('sq');
    expect((await receiptOf(stranger.headers, id)).statusCode).toBe(404);
    expect((await world.t.app.inject({ method: 'GET', url: `/api/applications/${id}/receipt` })).statusCode).toBe(401);
  });

  it('makes each receipt once, however often its job runs or is asked for', async () => {
    const { user, auth, headers } = await applicant('en');
    const id = await completeDraft(auth, 'SAR');
    await submit(headers, id);
    const first = await ready(headers, id);
    await receiptEmail(user.id);
    const [request] = await world.db.query<{ id: string }[]>(`SELECT id FROM outbox_messages WHERE topic = 'receipt' AND payload->>'applicationId' = $1`, [id]);
    const processor = world.t.app.get(ReceiptProcessor);
    const job = (outboxId: string) => ({ data: { outboxId }, attemptsMade: 0 }) as unknown as Job<{ outboxId: string }>;
    await expect(processor.process(job(request.id))).resolves.toEqual({ outcome: 'already_generated' });
    // A second request for the same submission (say, written twice by mistake) only settles its row.
    const [{ id: again }] = await world.db.query<{ id: string }[]>(
      `INSERT INTO outbox_messages (topic, payload, dispatched_at) VALUES ('receipt', $1, now()) RETURNING id`,
      [{ applicationId: id, locale: 'sq' }],
    );
    await expect(processor.process(job(again))).resolves.toEqual({ outcome: 'already_generated' });
    expect((await world.db.query(`SELECT delivered_at IS NOT NULL AS settled FROM outbox_messages WHERE id = $1`, [again]))[0]).toEqual({ settled: true });
    await sleep(1_000);
    expect((await application(headers, id)).receipt).toEqual(first.receipt);
    expect(await world.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'application_receipt'`, [user.id])).toEqual([{ n: 1 }]);
  });

  it('keeps the receipt of a withdrawn application, and gives a new submission its own', async () => {
    const { auth, headers } = await applicant('sq');
    const firstId = await completeDraft(auth, 'TIR');
    await submit(headers, firstId);
    const first = await ready(headers, firstId);
    const withdrawn = await world.t.app.inject({ method: 'POST', url: `/api/applications/${firstId}/withdrawal`, headers });
    expect(withdrawn.json<ApplicationDto>()).toMatchObject({ status: 'withdrawn', receipt: first.receipt });
    expect(sha256((await receiptOf(headers, firstId)).rawPayload)).toBe(first.receipt!.sha256);

    const secondId = await completeDraft(auth, 'TIR');
    expect((await application(headers, secondId)).receipt).toBeNull();
    await submit(headers, secondId);
    const second = await ready(headers, secondId);
    expect(second.reference).not.toBe(first.reference);
    expect(second.receipt!.sha256).not.toBe(first.receipt!.sha256);
    expect(sha256((await receiptOf(headers, secondId)).rawPayload)).toBe(second.receipt!.sha256);
  });
});

describe('submission receipts before the worker ran', () => {
  const { world, applicant, completeDraft, submit, application, receiptOf } = receiptWorld(() => ({ RUN_WORKERS: 'false' }));

  it('answers 409 receipt_pending, and asks for the receipt in the submitter’s language with the submission', async () => {
    const { auth, headers } = await applicant('en');
    const id = await completeDraft(auth);
    expect((await application(headers, id)).receipt).toBeNull();
    expect((await receiptOf(headers, id)).statusCode).toBe(404);

    await submit(headers, id);
    const pending = await receiptOf({ ...headers, 'accept-language': 'sq' }, id);
    expect(pending.statusCode).toBe(409);
    const problem = pending.json<ProblemDetails>();
    expect(problem.code).toBe('receipt_pending');
    expect(problem.detail).toMatch(/po përgatitet/);
    expect((await application(headers, id)).receipt).toEqual({ status: 'pending', generatedAt: null, sha256: null });
    expect(await world.db.query(`SELECT payload, dispatched_at FROM outbox_messages WHERE topic = 'receipt'`)).toEqual([
      { payload: { applicationId: id, locale: 'en' }, dispatched_at: null },
    ]);
  });
});

describe('submission receipts through a Redis outage', () => {
  let port = 0;
  let redis: ChildProcess | null = null;
  let mailDir = '';
  const bringRedisUp = async () => {
    redis = startRedis(port);
    await waitFor(
      () =>
        new Promise((resolve) => {
          const probe = createServer().listen(port, '127.0.0.1');
          probe.on('error', () => resolve(true));
          probe.on('listening', () => probe.close(() => resolve(false)));
        }),
      10_000,
    );
  };
  const stopRedis = async () => {
    const server = redis;
    redis = null;
    if (!server || server.exitCode !== null) return;
    server.kill('SIGKILL');
    await once(server, 'exit');
  };
  beforeAll(async () => {
    port = await freePort();
    mailDir = await mkdtemp(join(tmpdir(), 'skema-receipt-mail-'));
    await bringRedisUp();
  });
  const { world, applicant, completeDraft, submit, application, ready } = receiptWorld(() => ({
    RUN_WORKERS: 'true',
    MAIL_DIR: mailDir,
    REDIS_URL: `redis://127.0.0.1:${port}`,
  }));
  afterAll(async () => {
    await stopRedis();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('accepts the submission while Redis is down and makes the receipt once Redis is back', async () => {
    const { auth, headers } = await applicant('sq');
    const id = await completeDraft(auth);
    await stopRedis();
    const submitted = await submit(headers, id);
    expect(submitted).toMatchObject({ status: 'submitted', receipt: { status: 'pending' } });
    await sleep(5_000);
    expect((await application(headers, id)).receipt?.status).toBe('pending');
    expect(await world.db.query(`SELECT dispatched_at FROM outbox_messages WHERE topic = 'receipt'`)).toEqual([{ dispatched_at: null }]);

    await bringRedisUp();
    // ioredis reconnects with a growing back-off (BullMQ caps it at 20 s).
    const done = await ready(headers, id, 60_000);
    expect(done.receipt?.sha256).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(async () => (await readdir(mailDir)).some((f) => f.endsWith('-application_receipt.eml')), 20_000);
  }, 120_000);
});
