import type { ProblemDetails } from '@skema/contracts';
import { createOrganisation, createUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

/** The object-level policy: a CSO sees only its own organisation; staff roles decide what else. */
describe('organisation access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets a CSO read and edit its own organisation, and hides every other one', async () => {
    const mine = await createOrganisation(t, 'Shoqata Ime');
    const theirs = await createOrganisation(t, 'Shoqata e Tjetër');
    const applicant = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: mine.id }));
    const get = (id: string) => t.app.inject({ method: 'GET', url: `/api/organisations/${id}`, headers: applicant.headers });

    expect((await get(mine.id)).json()).toMatchObject({ legalName: mine.legalName, verified: true });
    const hidden = await get(theirs.id);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json<ProblemDetails>().code).toBe('not_found');

    const patch = (id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/organisations/${id}`, headers: { ...applicant.headers, 'accept-language': 'en' }, payload });
    const updated = await patch(mine.id, { address: 'Rruga Dibrës 12, Tiranë', iban: 'al47 2121 1009 0000 0002 3569 8741', regions: ['TIR', 'DIB'] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ iban: 'AL47212110090000000235698741', regions: expect.arrayContaining(['TIR', 'DIB']) });
    const badIban = await patch(mine.id, { iban: 'AL48 2121 1009 0000 0002 3569 8741' });
    expect(badIban.json<ProblemDetails>().errors).toEqual([{ field: 'iban', message: 'The field iban must be a valid IBAN (check the digits).' }]);
    expect((await patch(theirs.id, { address: 'Somewhere else 1' })).statusCode).toBe(404);
    expect((await patch(mine.id, { legalName: 'Renamed' })).statusCode).toBe(400);
  });

  it('lets a programme manager see and verify any organisation, but not edit it', async () => {
    const organisation = await createOrganisation(t, 'Shoqata e Re', { verified: false });
    const member = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    const manager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
    expect((await t.app.inject({ method: 'GET', url: `/api/organisations/${organisation.id}`, headers: manager.headers })).statusCode).toBe(200);
    const verify = await t.app.inject({ method: 'POST', url: `/api/organisations/${organisation.id}/verification`, headers: manager.headers });
    expect(verify.json()).toMatchObject({ verified: true });
    const bell = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: (await signIn(t, member)).headers });
    expect(bell.json().items.map((n: { kind: string }) => n.kind)).toContain('organisation_verified');
    const waiting = await t.app.inject({ method: 'GET', url: '/api/organisations?verified=false&sort=-createdAt', headers: manager.headers });
    expect(waiting.json().items.map((o: { id: string }) => o.id)).not.toContain(organisation.id);
    const verifiedList = await t.app.inject({ method: 'GET', url: `/api/organisations?verified=true&q=${encodeURIComponent('Shoqata e Re')}`, headers: manager.headers });
    expect(verifiedList.json()).toMatchObject({ total: 1, items: [{ id: organisation.id, verified: true }] });
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/organisations/${organisation.id}`, headers: manager.headers, payload: { phone: '+355 4 222 333' } });
    expect(edit.statusCode).toBe(403);
  });

  it('refuses roles that have no business with organisations, and callers without a token', async () => {
    const organisation = await createOrganisation(t);
    const evaluator = await signIn(t, await createUser(t, { roles: ['evaluator'] }));
    expect((await t.app.inject({ method: 'GET', url: `/api/organisations/${organisation.id}`, headers: evaluator.headers })).statusCode).toBe(403);
    const applicantList = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: (await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: organisation.id }))).headers });
    expect(applicantList.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/organisations/${organisation.id}` })).statusCode).toBe(401);
    const applicant = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: organisation.id }));
    const selfVerify = await t.app.inject({ method: 'POST', url: `/api/organisations/${organisation.id}/verification`, headers: applicant.headers });
    expect(selfVerify.statusCode).toBe(403);
  });
});
