import { getDataSourceToken } from '@nestjs/typeorm';
import { type CallAmendmentDto, type CallDto, type CreateCallRequest, PRAG_FULL_APPLICATION_GRID, type ProblemDetails, type PublicCallListDto } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { createOrganisation, createUser, signIn, type SignedInUser } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

const DAY = 86_400_000;

function draftBody(): CreateCallRequest {
  return {
    title: { sq: 'Thirrje për propozime: punësimi', en: 'Call for proposals: employment' },
    text: { sq: 'Teksti i thirrjes.', en: 'The text of the call.' },
    opensAt: new Date(Date.now() - DAY).toISOString(),
    deadline: new Date(Date.now() + 30 * DAY).toISOString(),
    totalBudgetCents: 80_000_000,
    minGrantCents: 1_000_000,
    maxGrantCents: 6_000_000,
    maxCofinancingShareBp: 9_000,
    minDurationMonths: 6,
    maxDurationMonths: 18,
  };
}

const complete = {
  lots: [
    { regionCode: 'TIR', envelopeCents: 30_000_000 },
    { regionCode: 'KUK', envelopeCents: 18_000_000 },
  ],
  grid: PRAG_FULL_APPLICATION_GRID,
  eligibility: [{ key: 'registered', text: { sq: 'E regjistruar në Shqipëri.', en: 'Registered in Albania.' } }],
  requiredAttachments: [{ key: 'statute', name: { sq: 'Statuti', en: 'Statute' }, acceptedTypes: ['pdf'], maxSizeBytes: 5_000_000 }],
};

/** Issue 4, the programme manager's part: drafting, publishing, amending and closing a call. */
describe('calls for proposals', () => {
  let t: TestApp;
  let pm: SignedInUser;
  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
  });
  afterAll(() => t.close());

  const as = (who: SignedInUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { ...(who?.headers ?? {}), 'accept-language': 'en' } });
  const createDraft = async (extra: object = {}) => {
    const res = await as(pm, 'POST', '/api/calls', { ...draftBody(), ...extra });
    expect(res.statusCode).toBe(201);
    return res.json<CallDto>();
  };

  it('creates a draft with lots and a reference of the year', async () => {
    const call = await createDraft({ lots: complete.lots });
    expect(call).toMatchObject({ status: 'draft', version: 1, totalBudgetCents: 80_000_000, grid: null });
    expect(call.reference).toMatch(/^SK-\d{4}-\d{2}$/);
    expect(call.lots.map((l) => [l.regionCode, l.envelopeCents])).toEqual([['TIR', 30_000_000], ['KUK', 18_000_000]]);
    const second = await createDraft();
    expect(second.reference).not.toBe(call.reference);
    const bounds = await as(pm, 'POST', '/api/calls', { ...draftBody(), minGrantCents: 7_000_000 });
    expect(bounds.statusCode).toBe(400);
    expect(bounds.json<ProblemDetails>().errors?.map((e) => e.field)).toEqual(['maxGrantCents']);
    const list = await as(pm, 'GET', `/api/calls?status=draft&q=${call.reference}`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: call.id }] });
  });

  it('refuses the second of two saves made from the same version', async () => {
    const call = await createDraft();
    const first = await as(pm, 'PATCH', `/api/calls/${call.id}`, { version: call.version, totalBudgetCents: 90_000_000, lots: complete.lots });
    expect(first.json<CallDto>()).toMatchObject({ version: 2, totalBudgetCents: 90_000_000, lots: [{ regionCode: 'TIR' }, { regionCode: 'KUK' }] });
    const stale = await as(pm, 'PATCH', `/api/calls/${call.id}`, { version: call.version, totalBudgetCents: 70_000_000 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ProblemDetails>().code).toBe('call_stale_version');
    const lotsOnly = await as(pm, 'PATCH', `/api/calls/${call.id}`, { version: 2, lots: [complete.lots[1]] });
    expect(lotsOnly.json<CallDto>()).toMatchObject({ version: 3, totalBudgetCents: 90_000_000, lots: [{ regionCode: 'KUK' }] });
  });

  it('lists every reason an incomplete call cannot be published, then publishes it once', async () => {
    const call = await createDraft({ deadline: new Date(Date.now() - DAY).toISOString(), opensAt: new Date().toISOString() });
    const incomplete = await as(pm, 'POST', `/api/calls/${call.id}/publication`);
    expect(incomplete.statusCode).toBe(400);
    const problem = incomplete.json<ProblemDetails>();
    expect(problem.code).toBe('call_incomplete');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['deadline', 'eligibility', 'grid', 'lots', 'opensAt', 'requiredAttachments']);
    expect(problem.errors).toContainEqual({ field: 'deadline', message: 'The deadline must be in the future.' });

    const overBudget = { ...complete, lots: [...complete.lots, { regionCode: 'DIB', envelopeCents: 40_000_000 }] };
    const fixed = await as(pm, 'PATCH', `/api/calls/${call.id}`, { ...overBudget, version: 1, deadline: draftBody().deadline });
    expect(fixed.statusCode).toBe(200);
    const overspent = await as(pm, 'POST', `/api/calls/${call.id}/publication`);
    expect(overspent.json<ProblemDetails>().errors).toEqual([
      { field: 'lots', message: 'The lot envelopes add up to 88000000 cents, more than the total budget of 80000000 cents.' },
    ]);
    await as(pm, 'PATCH', `/api/calls/${call.id}`, { version: 2, lots: complete.lots });

    const published = await as(pm, 'POST', `/api/calls/${call.id}/publication`);
    expect(published.json<CallDto>()).toMatchObject({ status: 'published', version: 4, publishedAt: expect.any(String) });
    const twice = await as(pm, 'POST', `/api/calls/${call.id}/publication`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ProblemDetails>().code).toBe('illegal_transition');
    const edit = await as(pm, 'PATCH', `/api/calls/${call.id}`, { version: 4, totalBudgetCents: 1 });
    expect(edit.json<ProblemDetails>().code).toBe('call_not_editable');
  });

  it('shows open calls to anyone with the server clock, and hides drafts', async () => {
    const draft = await createDraft(complete);
    const open = await createDraft(complete);
    await as(pm, 'POST', `/api/calls/${open.id}/publication`);
    const before = Date.now();
    const res = await as(null, 'GET', '/api/public/calls');
    expect(res.statusCode).toBe(200);
    const body = res.json<PublicCallListDto>();
    expect(Math.abs(Date.parse(body.serverTime) - before)).toBeLessThan(5_000);
    const shown = body.items.find((c) => c.id === open.id);
    expect(shown).toMatchObject({ status: 'published', deadline: open.deadline, lots: [{ regionCode: 'TIR' }, { regionCode: 'KUK' }] });
    expect(shown?.secondsLeft).toBe(Math.ceil((Date.parse(open.deadline) - Date.parse(body.serverTime)) / 1000));
    expect(shown).not.toHaveProperty('version');
    expect(body.items.map((c) => c.id)).not.toContain(draft.id);
    expect((await as(null, 'GET', `/api/public/calls/${open.id}`)).json()).toMatchObject({ id: open.id, serverTime: expect.any(String) });
    expect((await as(null, 'GET', `/api/public/calls/${draft.id}`)).statusCode).toBe(404);
  });

  it('logs amendments of a published call with before and after, and refuses amending a draft', async () => {
    const call = await createDraft(complete);
    const published = (await as(pm, 'POST', `/api/calls/${call.id}/publication`)).json<CallDto>();
    const reason = { sq: 'Zgjatje e afatit pas kërkesave të OShC-ve.', en: 'Deadline extended after requests from CSOs.' };
    const later = new Date(Date.parse(published.deadline) + 7 * DAY).toISOString();
    const lots = [{ regionCode: 'TIR', envelopeCents: 28_000_000 }, { regionCode: 'KUK', envelopeCents: 20_000_000 }];
    const amended = await as(pm, 'POST', `/api/calls/${call.id}/amendments`, { version: published.version, reason, deadline: later, lots });
    expect(amended.statusCode).toBe(200);
    expect(amended.json<CallDto>()).toMatchObject({ deadline: later, version: published.version + 1, lots });

    const log = (await as(pm, 'GET', `/api/calls/${call.id}/amendments`)).json<CallAmendmentDto[]>();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      reason,
      changes: {
        deadline: { before: published.deadline, after: later },
        lots: { before: complete.lots, after: lots },
      },
    });
    expect(Object.keys(log[0].changes).sort()).toEqual(['deadline', 'lots']);
    const db = t.app.get<DataSource>(getDataSourceToken());
    const audited = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'call_amendments'`);
    expect(audited[0].n).toBe(1);
    const publicView = (await as(null, 'GET', `/api/public/calls/${call.id}`)).json();
    expect(publicView.amendments).toHaveLength(1);

    const addRegion = await as(pm, 'POST', `/api/calls/${call.id}/amendments`, { version: published.version + 1, reason, lots: [...lots, { regionCode: 'SAR', envelopeCents: 500_000 }] });
    expect(addRegion.json<ProblemDetails>()).toMatchObject({ code: 'call_amendment_invalid', errors: [{ field: 'lots' }, { field: 'lots.2.envelopeCents' }] });
    const nothing = await as(pm, 'POST', `/api/calls/${call.id}/amendments`, { version: published.version + 1, reason, deadline: later });
    expect(nothing.json<ProblemDetails>().code).toBe('call_amendment_empty');

    const draft = await createDraft(complete);
    const amendDraft = await as(pm, 'POST', `/api/calls/${draft.id}/amendments`, { version: 1, reason, deadline: later });
    expect(amendDraft.statusCode).toBe(409);
    expect(amendDraft.json<ProblemDetails>().code).toBe('call_not_amendable');
  });

  it('closes a published call only after its deadline, and never a draft', async () => {
    const draft = await createDraft(complete);
    const closeDraft = await as(pm, 'POST', `/api/calls/${draft.id}/closure`);
    expect(closeDraft.statusCode).toBe(409);
    expect(closeDraft.json<ProblemDetails>().code).toBe('illegal_transition');

    await as(pm, 'POST', `/api/calls/${draft.id}/publication`);
    const early = await as(pm, 'POST', `/api/calls/${draft.id}/closure`);
    expect(early.json<ProblemDetails>().code).toBe('call_deadline_not_passed');
    const db = t.app.get<DataSource>(getDataSourceToken());
    await db.query(`UPDATE calls SET deadline = now() - interval '1 minute' WHERE id = $1`, [draft.id]);
    expect((await as(null, 'GET', '/api/public/calls')).json<PublicCallListDto>().items.map((c) => c.id)).not.toContain(draft.id);
    const closed = await as(pm, 'POST', `/api/calls/${draft.id}/closure`);
    expect(closed.json<CallDto>()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect((await as(null, 'GET', `/api/public/calls/${draft.id}`)).json()).toMatchObject({ status: 'closed', secondsLeft: 0 });
  });

  it('refuses applicants, evaluators and strangers on the manager’s endpoints', async () => {
    const draft = await createDraft();
    const organisation = await createOrganisation(t);
    const applicant = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: organisation.id }));
    const evaluator = await signIn(t, await createUser(t, { roles: ['evaluator'] }));
    for (const who of [applicant, evaluator]) {
      expect((await as(who, 'GET', '/api/calls')).statusCode).toBe(403);
      expect((await as(who, 'POST', '/api/calls', draftBody())).statusCode).toBe(403);
      expect((await as(who, 'GET', `/api/calls/${draft.id}`)).statusCode).toBe(403);
      expect((await as(who, 'POST', `/api/calls/${draft.id}/publication`)).statusCode).toBe(403);
      expect((await as(who, 'GET', `/api/public/calls/${draft.id}`)).statusCode).toBe(404);
    }
    expect((await as(null, 'GET', '/api/calls')).statusCode).toBe(401);
    expect((await as(pm, 'GET', '/api/calls/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
