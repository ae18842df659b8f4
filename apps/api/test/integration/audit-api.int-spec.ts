import type { AuditEntryDto, Page, ProblemDetails } from '@skema/contracts';
import { createOrganisation, createUser, signIn, type SignedInUser } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

/** Admins browse the log; every change made over HTTP is attributed to its person and request. */
describe('audit trail: GET /api/audit', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let applicant: SignedInUser & { id: string };
  let organisationId: string;

  const browse = (query: string, as: { headers: Record<string, string> } = admin) =>
    t.app.inject({ method: 'GET', url: `/api/audit${query}`, headers: { ...as.headers, 'accept-language': 'en' } });

  beforeAll(async () => {
    t = await createTestApp();
    const organisation = await createOrganisation(t);
    organisationId = organisation.id;
    const person = await createUser(t, { roles: ['applicant'], organisationId, email: 'drita.koci@vma-kukes.test' });
    applicant = { ...(await signIn(t, person)), id: person.id };
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${organisationId}`,
      headers: { ...applicant.headers, 'x-request-id': 'req-profile-edit-1' },
      payload: { phone: '+355 69 765 4321', regions: ['KUK'] },
    });
    expect(res.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('refuses anyone not signed in, and anyone but an admin', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/audit' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<ProblemDetails>().code).toBe('unauthorized');
    expect((await browse('', applicant)).statusCode).toBe(403);
  });

  it('shows who changed what over HTTP, in which request, with personal data masked', async () => {
    const res = await browse(`?entity=organisations&entityId=${organisationId}&action=update`);
    expect(res.statusCode).toBe(200);
    const page = res.json<Page<AuditEntryDto>>();
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      actorId: applicant.id,
      actorLabel: 'd***@v***.test',
      requestId: 'req-profile-edit-1',
      action: 'update',
      entity: 'organisations',
      entityId: organisationId,
      before: { phone: null },
      after: { phone: '***21' },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(res.body).not.toContain('765 4321');

    const link = await browse(`?entity=organisation_regions&actorId=${applicant.id}`);
    expect(link.json<Page<AuditEntryDto>>().items).toEqual([
      expect.objectContaining({ action: 'insert', entityId: `${organisationId}:KUK`, requestId: 'req-profile-edit-1' }),
    ]);
  });

  it('pages and sorts by time, newest first unless asked otherwise', async () => {
    const all = (await browse('?pageSize=100')).json<Page<AuditEntryDto>>();
    expect(all.total).toBeGreaterThanOrEqual(4);
    const times = all.items.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());

    const oldest = (await browse('?sort=asc&pageSize=2&page=1')).json<Page<AuditEntryDto>>();
    const next = (await browse('?sort=asc&pageSize=2&page=2')).json<Page<AuditEntryDto>>();
    expect(oldest).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect([...oldest.items, ...next.items].map((e) => e.id)).toEqual(all.items.slice(-4).reverse().map((e) => e.id));
  });

  it('filters by time range (from inclusive, to exclusive)', async () => {
    const all = (await browse('?sort=asc&pageSize=100')).json<Page<AuditEntryDto>>();
    const pivot = all.items[1]?.occurredAt ?? '';
    const from = (await browse(`?from=${pivot}&pageSize=100`)).json<Page<AuditEntryDto>>();
    const to = (await browse(`?to=${pivot}&pageSize=100`)).json<Page<AuditEntryDto>>();
    expect(from.total + to.total).toBe(all.total);
    expect(from.items.every((e) => e.occurredAt >= pivot)).toBe(true);
    expect(to.items.every((e) => e.occurredAt < pivot)).toBe(true);
  });

  it('refuses a page larger than the shared limit, and unknown filters, naming the field', async () => {
    const res = await browse('?pageSize=101&action=rename&actorId=me&surprise=1');
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemDetails>().errors?.map((e) => e.field).sort()).toEqual(['action', 'actorId', 'pageSize', 'surprise']);
  });
});
