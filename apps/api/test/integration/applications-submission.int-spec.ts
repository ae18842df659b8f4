import { getDataSourceToken } from '@nestjs/typeorm';
import type { ApplicationDto, FieldError, ProblemDetails } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationSubmissionService } from '../../src/app/applications/application-submission.service';
import { ApplicationsService } from '../../src/app/applications/applications.service';
import type { Call } from '../../src/app/calls/entities/call.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { COMPLETE_SECTIONS, completeDraft as completeDraftOf, copiesOfDraft } from '../utils/applications';
import { createOrganisation, createUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('submitting an application', () => {
  let t: TestApp;
  let db: DataSource;
  let call: Call;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    call = await db.transaction((m) => seedDemoCall(m, new Date(), null));
  });
  afterAll(() => t.close());

  /** A CSO staff member as the guard would hand them to the services. */
  async function applicant(verified = true): Promise<AuthenticatedUser> {
    const organisation = await createOrganisation(t, 'Qendra', { verified });
    const user = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    return { id: user.id, email: user.email, roles: ['applicant'], organisationId: organisation.id, sessionId: '', locale: 'sq', twoFactorEnabled: false };
  }

  const completeDraft = (user: AuthenticatedUser, region: 'TIR' | 'KUK' | 'DIB' | 'SAR') => completeDraftOf(t, user, call.id, region);

  it('lists everything missing, in the person’s language, and refuses to submit until it is there', async () => {
    const anila = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: (await createOrganisation(t, 'Pa verifikim', { verified: false })).id }));
    const draft = (
      await t.app.inject({ method: 'POST', url: '/api/applications', headers: anila.headers, payload: { callId: call.id, regionCode: 'TIR' } })
    ).json<ApplicationDto>();
    const missing = (
      await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}/checklist`, headers: { ...anila.headers, 'accept-language': 'en' } })
    ).json<FieldError[]>();
    expect(missing.map((m) => m.field)).toEqual([
      'organisation', 'summary', 'problem', 'objectives', 'logframe', 'beneficiaries', 'budget', 'budget',
      ...call.requiredAttachments.map((r) => `attachments.${r.key}`),
    ]);
    expect(missing[0].message).toMatch(/not yet been verified/);
    const refused = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submission`, headers: { ...anila.headers, 'accept-language': 'sq' } });
    expect(refused.statusCode).toBe(400);
    const problem = refused.json<ProblemDetails>();
    expect(problem.code).toBe('application_incomplete');
    expect(problem.errors).toHaveLength(8 + call.requiredAttachments.length);
    expect(problem.errors![1].message).toBe('Plotësoni seksionin: Përmbledhja.');
    expect((await db.query(`SELECT status, reference FROM applications WHERE id = $1`, [draft.id]))[0]).toEqual({ status: 'draft', reference: null });
  });

  it('explains a budget beyond the call’s limits', async () => {
    const user = await applicant();
    const id = await completeDraft(user, 'DIB');
    await t.app.get(ApplicationsService).saveSection(user, id, 'budget', {
      version: 1,
      content: { lines: [{ category: 'equipment', description: 'Makina qepëse', unit: 'copë', quantity: 100, unitCostCents: 100_000 }] },
    });
    const missing = await t.app.get(ApplicationSubmissionService).missing(id, 'en');
    expect(missing.map((m) => m.message)).toEqual([
      'The grant requested (€100,000.00) is above the call’s maximum (€60,000.00).',
      'The grant may cover at most 90% of eligible costs; increase the co-financing.',
    ]);
  });

  it('numbers 200 concurrent submissions to one lot without gaps or duplicates, freezing each one', async () => {
    const users = await Promise.all(Array.from({ length: 200 }, () => applicant()));
    // What is under test is the submission. Filling 200 drafts in through the services (1,200 section
    // saves, 1,000 uploads) took ~40 of this test's ~53 s, so one draft is completed that way and the
    // other 199 are copies of it (own rows and stored files, unaudited; see copiesOfDraft). The call keeps
    // its required documents: a call without any cannot be published, and the checklist is still
    // checked for each of the 200 inside its submission.
    const template = await completeDraft(users[0], 'KUK');
    const ids = [template, ...(await copiesOfDraft(t, template, users.slice(1)))];
    const service = t.app.get(ApplicationSubmissionService);
    const results = await Promise.allSettled(ids.map((id, i) => service.submit(users[i], id)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const references = (results as PromiseFulfilledResult<ApplicationDto>[]).map((r) => r.value.reference!).sort();
    const year = call.reference.slice(3, 7);
    expect(references).toEqual(Array.from({ length: 200 }, (_, i) => `SK-${year}-KUK-${String(i + 1).padStart(4, '0')}`));
    const frozen = await db.query(`SELECT count(*)::int AS n, count(DISTINCT sha256)::int AS hashes FROM application_submissions`);
    expect(frozen).toEqual([{ n: 200, hashes: 200 }]);
    // Nothing half-written: every frozen snapshot holds all its filled-in sections and documents.
    const whole = await db.query(
      `SELECT count(*)::int AS n FROM application_submissions
        WHERE (SELECT count(*) FROM jsonb_array_elements(snapshot->'sections') s WHERE s->'content' <> 'null') = $1
          AND jsonb_array_length(snapshot->'attachments') = $2`,
      [Object.keys(COMPLETE_SECTIONS).length, call.requiredAttachments.length],
    );
    expect(whole).toEqual([{ n: 200 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM applications WHERE status = 'submitted' AND reference IS NOT NULL`)).toEqual([{ n: 200 }]);
  }, 120_000);

  it('refuses a submission one second after the deadline, by the server’s clock', async () => {
    const user = await applicant();
    const id = await completeDraft(user, 'SAR');
    const service = t.app.get(ApplicationSubmissionService);
    const late = new Date(call.deadline.getTime() + 1_000);
    await expect(service.submit(user, id, late)).rejects.toMatchObject({ code: 'deadline_passed' });
    const justInTime = new Date(call.deadline.getTime() - 1);
    const submitted = await service.submit(user, id, justInTime);
    expect(submitted.status).toBe('submitted');
    await expect(service.submit(user, id, justInTime)).rejects.toMatchObject({ code: 'application_not_editable' });
    const [note] = await db.query(`SELECT kind FROM notifications WHERE user_id = $1`, [user.id]);
    expect(note).toEqual({ kind: 'application_submitted' });
  });

  it('withdraws before the deadline only, and then lets the CSO start again', async () => {
    const user = await applicant();
    const id = await completeDraft(user, 'TIR');
    const service = t.app.get(ApplicationSubmissionService);
    await service.submit(user, id);
    await expect(service.withdraw(id, new Date(call.deadline.getTime()))).rejects.toMatchObject({ code: 'deadline_passed' });
    expect((await service.withdraw(id)).status).toBe('withdrawn');
    await expect(service.withdraw(id)).rejects.toMatchObject({ code: 'illegal_transition' });
    const again = await t.app.get(ApplicationsService).start(user, { callId: call.id, regionCode: 'TIR' });
    expect(again.status).toBe('draft');
  });

  it('lists a CSO its own applications, drafts included, and staff the submitted ones only', async () => {
    const organisation = await createOrganisation(t, 'Lista');
    const staffer = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    const cso = await signIn(t, staffer);
    const draft = (
      await t.app.inject({ method: 'POST', url: '/api/applications', headers: cso.headers, payload: { callId: call.id, regionCode: 'DIB' } })
    ).json<ApplicationDto>();
    const own = await t.app.inject({ method: 'GET', url: '/api/applications', headers: cso.headers });
    expect(own.json()).toMatchObject({ total: 1, items: [{ id: draft.id, status: 'draft', regionCode: 'DIB' }] });

    const manager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
    const staff = await t.app.inject({ method: 'GET', url: `/api/applications?callId=${call.id}&region=KUK&status=submitted&sort=reference&pageSize=5&page=2`, headers: manager.headers });
    const page = staff.json<{ total: number; items: { reference: string; status: string }[] }>();
    expect(page.total).toBe(200);
    expect(page.items.map((i) => i.reference.slice(-4))).toEqual(['0006', '0007', '0008', '0009', '0010']);
    const drafts = await t.app.inject({ method: 'GET', url: '/api/applications?status=draft', headers: manager.headers });
    expect(drafts.json()).toMatchObject({ total: 0 });

    const csv = await t.app.inject({ method: 'GET', url: `/api/applications/export.csv?region=KUK&sort=reference`, headers: { ...manager.headers, 'accept-language': 'en' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Reference,Status,Call,Region,Organisation,Submitted at,Updated at');
    expect(lines).toHaveLength(201);
    expect(lines[1]).toMatch(/^SK-\d{4}-KUK-0001,submitted,/);
    expect((await t.app.inject({ method: 'GET', url: '/api/applications/export.csv', headers: cso.headers })).statusCode).toBe(403);
  });
});
