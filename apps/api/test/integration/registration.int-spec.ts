import { getDataSourceToken } from '@nestjs/typeorm';
import type { Page, ProblemDetails, UserSummaryDto } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { createOrganisation, createUser, latestEmailLink, signIn, tokenOf } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

const registration = (overrides: { nuis?: string; email?: string; password?: string; iban?: string } = {}) => ({
  organisation: {
    legalName: 'Qendra Hapa të Lira',
    acronym: 'HTL',
    registrationNumber: overrides.nuis ?? 'm91234567q',
    legalForm: 'association',
    regions: ['KUK', 'DIB'],
    address: 'Lagjja 5, Kukës',
    email: 'info@hapa.test',
    phone: '+355 24 222 111',
    areasOfWork: ['employment', 'anti_trafficking'],
    iban: overrides.iban ?? 'AL47 2121 1009 0000 0002 3569 8741',
  },
  applicant: {
    displayName: 'Drita Hoxha',
    email: overrides.email ?? 'drita@hapa.test',
    password: overrides.password ?? 'Malet-e-Kukesit-2026',
    locale: 'sq',
  },
});

describe('a CSO registers, confirms its e-mail and invites a colleague; an admin invites staff', () => {
  let t: TestApp;
  let db: DataSource;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { 'accept-language': 'en', ...headers }, remoteAddress: `10.77.${(ip += 1)}.1` });

  it('registers the organisation unverified and the applicant unconfirmed, then confirms by the e-mailed link', async () => {
    const manager = await createUser(t, { roles: ['programme_manager'] });
    const res = await post('/api/registrations', registration());
    expect(res.statusCode).toBe(201);
    const { organisationId, userId } = res.json<{ organisationId: string; userId: string }>();
    const [org] = await db.query(`SELECT registration_number, iban, verified_at FROM organisations WHERE id = $1`, [organisationId]);
    expect(org).toEqual({ registration_number: 'M91234567Q', iban: 'AL47212110090000000235698741', verified_at: null });

    const early = await post('/api/auth/sign-in', { email: 'drita@hapa.test', password: 'Malet-e-Kukesit-2026' });
    expect(early.json<ProblemDetails>().code).toBe('email_not_confirmed');

    const link = await latestEmailLink(t, userId, 'email_confirmation');
    expect(link).toMatch(/^\/confirm-email\?token=/);
    expect((await post('/api/auth/email-confirmation', { token: tokenOf(link) })).statusCode).toBe(204);
    expect((await post('/api/auth/email-confirmation', { token: tokenOf(link) })).json<ProblemDetails>().code).toBe('token_invalid');
    const signedIn = await post('/api/auth/sign-in', { email: 'drita@hapa.test', password: 'Malet-e-Kukesit-2026' });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.organisation).toEqual({ id: organisationId, legalName: 'Qendra Hapa të Lira', verified: false });

    // Programme managers learn of it under the bell.
    const [note] = await db.query(`SELECT kind FROM notifications WHERE user_id = $1`, [manager.id]);
    expect(note).toEqual({ kind: 'organisation_registered' });
  });

  it('refuses a taken NUIS, a bad IBAN, a bad NUIS and a weak password, each with a clear message', async () => {
    expect((await post('/api/registrations', registration({ email: 'other@hapa.test' }))).json<ProblemDetails>().code).toBe('organisation_exists');
    const invalid = await post('/api/registrations', registration({ nuis: '123', iban: 'AL00 1234', email: 'x@hapa.test' }));
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<ProblemDetails>().errors!.map((e) => e.field).sort()).toEqual(['organisation.iban', 'organisation.registrationNumber']);
    const weak = await post('/api/registrations', registration({ nuis: 'K11111111K', email: 'y@hapa.test', password: 'qwertyuiop12' }));
    expect(weak.json<ProblemDetails>().code).toBe('password_too_weak');
    expect(await db.query(`SELECT count(*)::int AS n FROM organisations WHERE registration_number = 'K11111111K'`)).toEqual([{ n: 0 }]);
  });

  it('lets an applicant invite a colleague into its own CSO only', async () => {
    const mine = await createOrganisation(t);
    const theirs = await createOrganisation(t);
    const applicant = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: mine.id }));
    const colleague = { email: 'kolege@hapa.test', displayName: 'Arta Kola', locale: 'en' };
    const invited = await post(`/api/organisations/${mine.id}/invitations`, colleague, applicant.headers);
    expect(invited.statusCode).toBe(201);
    expect(invited.json<UserSummaryDto>()).toMatchObject({ roles: ['applicant'], organisation: { id: mine.id }, emailConfirmed: false });
    expect((await post(`/api/organisations/${theirs.id}/invitations`, { ...colleague, email: 'k2@hapa.test' }, applicant.headers)).statusCode).toBe(404);

    const link = await latestEmailLink(t, invited.json<UserSummaryDto>().id, 'invitation');
    expect((await post('/api/invitations/acceptance', { token: tokenOf(link), password: 'Lumi-i-Vjosës-1234' })).statusCode).toBe(204);
    expect((await post('/api/auth/sign-in', { email: 'kolege@hapa.test', password: 'Lumi-i-Vjosës-1234' })).statusCode).toBe(200);
  });

  it('lets an admin invite staff, list people by role, and change roles (never removing the last admin)', async () => {
    const admin = await createUser(t, { roles: ['admin'] });
    const adminSession = await signIn(t, admin);
    const invited = await post('/api/invitations', { email: 'vleresues@skema.test', displayName: 'Genta Vlora', roles: ['evaluator'], locale: 'sq' }, adminSession.headers);
    expect(invited.statusCode).toBe(201);
    const evaluatorId = invited.json<UserSummaryDto>().id;
    const link = await latestEmailLink(t, evaluatorId, 'invitation');
    await post('/api/invitations/acceptance', { token: tokenOf(link), password: 'Vlera-e-Pavarur-2026' });
    const evaluator = await post('/api/auth/sign-in', { email: 'vleresues@skema.test', password: 'Vlera-e-Pavarur-2026' });
    expect(evaluator.json().user.roles).toEqual(['evaluator']);

    const list = await t.app.inject({ method: 'GET', url: '/api/users?role=evaluator&q=vlora&sort=-createdAt', headers: adminSession.headers });
    expect(list.json<Page<UserSummaryDto>>()).toMatchObject({ total: 1, items: [{ email: 'vleresues@skema.test' }] });
    const notAdmin = await t.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: `Bearer ${evaluator.json().accessToken}` } });
    expect(notAdmin.statusCode).toBe(403);

    const setRoles = (id: string, roles: string[]) =>
      t.app.inject({ method: 'PUT', url: `/api/users/${id}/roles`, payload: { roles }, headers: adminSession.headers });
    const changed = await setRoles(evaluatorId, ['evaluator', 'reporting_officer']);
    expect(changed.json<UserSummaryDto>().roles).toEqual(['evaluator', 'reporting_officer']);
    // Roles are read on every request: the change applies at once.
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${evaluator.json().accessToken}` } });
    expect(me.json().roles).toEqual(['evaluator', 'reporting_officer']);
    const admins = await db.query(`SELECT count(*)::int AS n FROM user_roles WHERE role = 'admin'`);
    if (admins[0].n === 1) expect((await setRoles(admin.id, ['reporting_officer'])).statusCode).toBe(409);
    expect((await setRoles(evaluatorId, ['applicant'])).statusCode).toBe(400);
  });
});
