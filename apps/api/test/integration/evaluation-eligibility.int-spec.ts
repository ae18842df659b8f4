import { getDataSourceToken } from '@nestjs/typeorm';
import type { EligibilityCheckDto, ProblemDetails } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationSubmissionService } from '../../src/app/applications/application-submission.service';
import type { Call } from '../../src/app/calls/entities/call.entity';
import { EligibilityService } from '../../src/app/evaluation/eligibility/eligibility.service';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { completeDraft } from '../utils/applications';
import { createOrganisation, createUser, type SignedInUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('the eligibility check', () => {
  let t: TestApp;
  let db: DataSource;
  let call: Call;
  let manager: SignedInUser;
  let managerId: string;
  const ids = { eligible: '', ineligible: '', withdrawn: '', draft: '', early: '' };
  const cso: Record<string, { user: AuthenticatedUser; signedIn: SignedInUser }> = {};

  /** A verified CSO with one staff member, signed in. */
  async function applicant(name: string) {
    const organisation = await createOrganisation(t, name);
    const staff = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    const user: AuthenticatedUser = {
      id: staff.id,
      email: staff.email,
      roles: ['applicant'],
      organisationId: organisation.id,
      sessionId: '',
      locale: 'sq',
      twoFactorEnabled: false,
    };
    return { user, signedIn: await signIn(t, staff) };
  }

  /** Every checklist item passed, except those given with a note. */
  const decision = (failed: Record<string, string> = {}) => ({
    items: call.eligibility.map(({ key }) =>
      key in failed ? { key, passed: false, note: failed[key] } : { key, passed: true },
    ),
  });

  const put = (id: string, payload: unknown, headers = manager.headers, language = 'en') =>
    t.app.inject({
      method: 'PUT',
      url: `/api/applications/${id}/eligibility`,
      headers: { ...headers, 'accept-language': language },
      payload: payload as object,
    });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    call = await db.transaction((m) => seedDemoCall(m, new Date(), null));
    const submissions = t.app.get(ApplicationSubmissionService);
    const regions = { eligible: 'TIR', ineligible: 'KUK', withdrawn: 'DIB', draft: 'SAR', early: 'TIR' } as const;
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      cso[name] = await applicant(`Qendra ${name}`);
      ids[name] = await completeDraft(t, cso[name].user, call.id, regions[name]);
      if (name !== 'draft') await submissions.submit(cso[name].user, ids[name]);
    }
    await submissions.withdraw(ids.withdrawn);
    // The check starts after the deadline: move it into the past now that everything is submitted.
    call.deadline = new Date(Date.now() - 60_000);
    await db.query(`UPDATE calls SET deadline = $2 WHERE id = $1`, [call.id, call.deadline]);
    const person = await createUser(t, { roles: ['programme_manager'] });
    managerId = person.id;
    manager = await signIn(t, person);
  }, 60_000);
  afterAll(() => t.close());

  it('lists the call’s checklist, undecided, then makes an application eligible when every item passes', async () => {
    const before = await t.app.inject({
      method: 'GET',
      url: `/api/applications/${ids.eligible}/eligibility`,
      headers: manager.headers,
    });
    expect(before.statusCode).toBe(200);
    expect(before.json<EligibilityCheckDto>()).toMatchObject({
      applicationStatus: 'submitted',
      outcome: null,
      decidedAt: null,
    });
    expect(before.json<EligibilityCheckDto>().items).toEqual(
      call.eligibility.map(({ key, text }) => ({ key, text, passed: null, note: null })),
    );

    const saved = await put(ids.eligible, decision());
    expect(saved.statusCode).toBe(200);
    expect(saved.json<EligibilityCheckDto>()).toMatchObject({
      applicationStatus: 'eligible',
      outcome: 'eligible',
      decidedBy: managerId,
    });
    expect(saved.json<EligibilityCheckDto>().items.every((item) => item.passed === true)).toBe(true);
    expect((await db.query(`SELECT status FROM applications WHERE id = $1`, [ids.eligible]))[0]).toEqual({
      status: 'eligible',
    });
    expect(await db.query(`SELECT kind FROM notifications WHERE kind = 'application_ineligible'`)).toEqual([]);

    // A correction that keeps the outcome is accepted; one that would flip it is not a transition.
    const corrected = decision();
    corrected.items[0] = {
      key: corrected.items[0].key,
      passed: true,
      note: 'Statuti u kontrollua me origjinalin.',
    } as never;
    expect((await put(ids.eligible, corrected)).json<EligibilityCheckDto>().items[0].note).toBe(
      'Statuti u kontrollua me origjinalin.',
    );
    const flip = await put(ids.eligible, decision({ [call.eligibility[0].key]: 'Mungon statuti i noterizuar.' }));
    expect(flip.statusCode).toBe(409);
    expect(flip.json<ProblemDetails>().code).toBe('illegal_transition');
    expect(
      (await db.query(`SELECT outcome FROM eligibility_checks WHERE application_id = $1`, [ids.eligible]))[0],
    ).toEqual({ outcome: 'eligible' });
  });

  it('makes an application ineligible and tells the CSO which items failed and why', async () => {
    const [first, second] = call.eligibility;
    const saved = await put(
      ids.ineligible,
      decision({
        [first.key]: 'Organizata nuk është regjistruar si OJF.',
        [second.key]: 'Regjistruar vetëm 5 muaj para afatit.',
      }),
    );
    expect(saved.statusCode).toBe(200);
    const check = saved.json<EligibilityCheckDto>();
    expect(check).toMatchObject({ applicationStatus: 'ineligible', outcome: 'ineligible' });
    expect(check.items.filter((item) => item.passed === false).map((item) => item.key)).toEqual([
      first.key,
      second.key,
    ]);

    const staffId = cso['ineligible'].user.id;
    const bell = await t.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: { ...cso['ineligible'].signedIn.headers, 'accept-language': 'en' },
    });
    const note = (bell.json<{ items: { kind: string; title: string; body: string }[] }>().items ?? []).find(
      (n) => n.kind === 'application_ineligible',
    );
    expect(note?.title).toMatch(/does not meet the eligibility criteria/);
    expect(note?.body).toContain(`${first.text.en}: Organizata nuk është regjistruar si OJF.`);
    expect(note?.body).toContain(`${second.text.en}: Regjistruar vetëm 5 muaj para afatit.`);
    const mail = await db.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'email' AND payload->>'kind' = 'application_ineligible' AND payload->>'userId' = $1`,
      [staffId],
    );
    expect(mail).toEqual([{ n: 1 }]);

    // Ineligible is final: it cannot become eligible.
    const appeal = await put(ids.ineligible, decision());
    expect(appeal.statusCode).toBe(409);
    expect(appeal.json<ProblemDetails>().code).toBe('illegal_transition');
  });

  it('refuses an incomplete decision with every problem on its field, in the person’s language', async () => {
    const [first, ...rest] = call.eligibility;
    const refused = await put(ids.early, {
      items: [
        { key: first.key, passed: false, note: 'jo' },
        { key: 'unknown', passed: true },
        ...rest.slice(1).map(({ key }) => ({ key, passed: true })),
      ],
    });
    expect(refused.statusCode).toBe(400);
    const problem = refused.json<ProblemDetails>();
    expect(problem.code).toBe('eligibility_decision_invalid');
    expect(problem.errors?.map((e) => e.field)).toEqual(['items.0.note', 'items.1.key', 'items']);
    expect(problem.errors?.[2].message).toBe(`Decide on the item: ${rest[0].text.en}`);
    const albanian = await put(ids.early, { items: [] }, manager.headers, 'sq');
    expect(albanian.json<ProblemDetails>().errors).toHaveLength(call.eligibility.length);
    expect(albanian.json<ProblemDetails>().errors?.[0].message).toBe(`Vendosni për kriterin: ${first.text.sq}`);

    const malformed = await put(ids.early, { items: [{ key: first.key, passed: 'po' }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ProblemDetails>().errors?.map((e) => e.field)).toEqual(['items.0.passed']);
    expect((await db.query(`SELECT status FROM applications WHERE id = $1`, [ids.early]))[0]).toEqual({
      status: 'submitted',
    });
  });

  it('is for programme managers only', async () => {
    const evaluator = await signIn(t, await createUser(t, { roles: ['evaluator'] }));
    for (const headers of [cso['early'].signedIn.headers, evaluator.headers]) {
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/applications/${ids.early}/eligibility`, headers })).statusCode,
      ).toBe(403);
      expect((await put(ids.early, decision(), headers)).statusCode).toBe(403);
    }
  });

  it('checks submitted applications only, after the deadline', async () => {
    const withdrawn = await put(ids.withdrawn, decision());
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json<ProblemDetails>().code).toBe('illegal_transition');
    // Scheme staff do not see drafts at all; the service refuses one as well.
    expect((await put(ids.draft, decision())).statusCode).toBe(404);
    const service = t.app.get(EligibilityService);
    const staff: AuthenticatedUser = {
      id: managerId,
      email: 'pm@example.org',
      roles: ['programme_manager'],
      organisationId: null,
      sessionId: '',
      locale: 'en',
      twoFactorEnabled: true,
    };
    await expect(service.decide(staff, ids.draft, decision())).rejects.toMatchObject({ code: 'illegal_transition' });
    await expect(
      service.decide(staff, ids.early, decision(), new Date(call.deadline.getTime() - 1)),
    ).rejects.toMatchObject({
      code: 'eligibility_before_deadline',
    });
  });

  it('audits every decision', async () => {
    const entries = await db.query(
      `SELECT action, actor_id FROM audit_log WHERE entity = 'eligibility_checks' AND entity_id = $1 ORDER BY id`,
      [ids.eligible],
    );
    expect(entries).toEqual([
      { action: 'insert', actor_id: managerId },
      { action: 'update', actor_id: managerId },
    ]);
    const moves = await db.query(
      `SELECT after->>'status' AS status FROM audit_log WHERE entity = 'applications' AND entity_id = $1 AND action = 'update' ORDER BY id`,
      [ids.ineligible],
    );
    expect(moves.at(-1)).toEqual({ status: 'ineligible' });
  });
});
