import { getDataSourceToken } from '@nestjs/typeorm';
import type { ApplicationDto, ApplicationRevisionDto, ProblemDetails } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { Call } from '../../src/app/calls/entities/call.entity';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { createOrganisation, createUser, signIn, type SignedInUser } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

/** Drafts belong to their CSO: colleagues edit section by section, and nobody overwrites anybody. */
describe('application drafts', () => {
  let t: TestApp;
  let call: Call;
  let anila: SignedInUser;
  let besnik: SignedInUser;
  let stranger: SignedInUser;
  let manager: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.app.get<DataSource>(getDataSourceToken());
    call = await db.transaction((m) => seedDemoCall(m, new Date(), null));
    const mine = await createOrganisation(t, 'Qendra Ime');
    const other = await createOrganisation(t, 'Qendra Tjetër');
    anila = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: mine.id }));
    besnik = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: mine.id }));
    stranger = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: other.id }));
    manager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
  });
  afterAll(() => t.close());

  const request = (who: SignedInUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { ...who.headers, 'accept-language': 'en' } });

  it('starts one draft per CSO and lot, edits sections with versions, and keeps the history', async () => {
    const started = await request(anila, 'POST', '/api/applications', { callId: call.id, regionCode: 'KUK' });
    expect(started.statusCode).toBe(201);
    const draft = started.json<ApplicationDto>();
    expect(draft).toMatchObject({ status: 'draft', reference: null, lot: { regionCode: 'KUK' } });
    expect(draft.sections.map((s) => [s.key, s.version])).toContainEqual(['summary', 0]);

    const again = await request(besnik, 'POST', '/api/applications', { callId: call.id, regionCode: 'KUK' });
    expect(again.json<ProblemDetails>().code).toBe('application_exists');

    const save = (who: SignedInUser, version: number, text: string) =>
      request(who, 'PUT', `/api/applications/${draft.id}/sections/summary`, { version, content: { text } });
    const first = await save(anila, 0, 'Punësim për gratë në Kukës');
    expect(first.json<ApplicationDto>().sections.find((s) => s.key === 'summary')).toMatchObject({ version: 1, content: { text: 'Punësim për gratë në Kukës' } });

    // Both colleagues loaded version 1; the second save is refused, not silently lost.
    expect((await save(besnik, 1, 'Versioni i Besnikut')).statusCode).toBe(200);
    const conflict = await save(anila, 1, 'Versioni i Anilës');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json<ProblemDetails>()).toMatchObject({ code: 'section_conflict', detail: expect.stringMatching(/colleague/) });

    const comparison = await request(besnik, 'GET', `/api/applications/${draft.id}/sections/summary/comparison?from=1&to=2`);
    expect(comparison.json()).toMatchObject({
      from: { version: 1, content: { text: 'Punësim për gratë në Kukës' } },
      to: { version: 2, content: { text: 'Versioni i Besnikut' } },
      changedFields: ['text'],
    });
    expect((await request(besnik, 'GET', `/api/applications/${draft.id}/sections/summary/comparison?from=1&to=9`)).statusCode).toBe(404);
    expect((await request(stranger, 'GET', `/api/applications/${draft.id}/sections/summary/comparison?from=1&to=2`)).statusCode).toBe(404);
    const history = (await request(anila, 'GET', `/api/applications/${draft.id}/history`)).json<ApplicationRevisionDto[]>();
    expect(history.map((h) => [h.section, h.version])).toEqual([
      ['summary', 2],
      ['summary', 1],
    ]);
  });

  it('hides a draft from another CSO on every endpoint, and from scheme staff until submitted', async () => {
    const draft = (await request(anila, 'POST', '/api/applications', { callId: call.id, regionCode: 'SAR' })).json<ApplicationDto>();
    for (const [method, url, payload] of [
      ['GET', `/api/applications/${draft.id}`],
      ['GET', `/api/applications/${draft.id}/history`],
      ['PUT', `/api/applications/${draft.id}/sections/budget`, { version: 0, content: { lines: [] } }],
    ] as const) {
      expect((await request(stranger, method, url, payload)).statusCode).toBe(404);
      if (method === 'GET') expect((await request(manager, method, url)).statusCode).toBe(404);
    }
    expect((await request(anila, 'PUT', `/api/applications/${draft.id}/sections/nonsense`, { version: 0, content: {} })).statusCode).toBe(404);
  });

  it('tells every CSO holding a draft when the call is amended', async () => {
    const current = (await request(manager, 'GET', `/api/calls/${call.id}`)).json<{ version: number; deadline: string }>();
    const later = new Date(new Date(current.deadline).getTime() + 7 * 86_400_000).toISOString();
    const amended = await request(manager, 'POST', `/api/calls/${call.id}/amendments`, {
      version: current.version,
      reason: { sq: 'Afati u zgjat me një javë.', en: 'The deadline was extended by a week.' },
      deadline: later,
    });
    expect(amended.statusCode).toBe(200);
    const bell = (await request(besnik, 'GET', '/api/notifications')).json<{ items: { kind: string; body: string }[] }>();
    expect(bell.items[0]).toMatchObject({ kind: 'call_amended', body: expect.stringContaining('extended by a week') });
    const strangerBell = (await request(stranger, 'GET', '/api/notifications')).json<{ items: { kind: string }[] }>();
    expect(strangerBell.items.map((n) => n.kind)).not.toContain('call_amended');
  });

  it('refuses a draft for a call that is not open, or for a lot the call does not have', async () => {
    const db = t.app.get<DataSource>(getDataSourceToken());
    await db.query(`UPDATE calls SET deadline = now() - interval '1 second' WHERE id = $1`, [call.id]);
    const late = await request(besnik, 'POST', '/api/applications', { callId: call.id, regionCode: 'DIB' });
    expect(late.json<ProblemDetails>().code).toBe('call_not_open');
    await db.query(`UPDATE calls SET deadline = now() + interval '30 days' WHERE id = $1`, [call.id]);
    expect((await request(besnik, 'POST', '/api/applications', { callId: '00000000-0000-4000-8000-000000000000', regionCode: 'DIB' })).statusCode).toBe(404);
  });
});
