import { getDataSourceToken } from '@nestjs/typeorm';
import type {
  ApplicationDto,
  AssignmentPlanDto,
  EvaluationAssignmentDto,
  MyEvaluationDto,
  Page,
  ProblemDetails,
} from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationSubmissionService } from '../../src/app/applications/application-submission.service';
import type { Call } from '../../src/app/calls/entities/call.entity';
import type { User } from '../../src/app/users/entities/user.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { completeDraft } from '../utils/applications';
import { createOrganisation, createUser, type SignedInUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * Evaluator assignment and the conflict-of-interest declaration (DESIGN §3, decision 0015): the
 * automatic plan, manual adjustments, and an evaluator who sees an application only once signed.
 */
describe('evaluator assignment and declarations', () => {
  let t: TestApp;
  let db: DataSource;
  let call: Call;
  let manager: SignedInUser;
  let applicantA: SignedInUser;
  const apps = { a: '', b: '', c: '', submitted: '' };
  const organisations: Record<keyof typeof apps, string> = { a: '', b: '', c: '', submitted: '' };
  /** Three independent experts and one evaluator who belongs to CSO a. */
  const evaluators: { user: User; signedIn: SignedInUser }[] = [];
  let member: { user: User; signedIn: SignedInUser };
  let attachmentOfA = '';

  const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, who: SignedInUser, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { ...who.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  const evaluatorsOf = async (applicationId: string, declaration?: string) =>
    (
      await db.query<{ evaluator_id: string }[]>(
        `SELECT evaluator_id FROM evaluation_assignments WHERE application_id = $1 AND ($2::text IS NULL OR declaration = $2) ORDER BY evaluator_id`,
        [applicationId, declaration ?? null],
      )
    ).map((r) => r.evaluator_id);
  const listed = async (query = '') => {
    const res = await inject('GET', `/api/calls/${call.id}/assignments${query && `?${query}`}`, manager);
    expect(res.statusCode).toBe(200);
    return res.json<Page<EvaluationAssignmentDto>>();
  };
  const signedInAs = (id: string) => [...evaluators, member].find((e) => e.user.id === id)!.signedIn;
  const readA = async (who: SignedInUser) => ({
    application: (await inject('GET', `/api/applications/${apps.a}`, who)).statusCode,
    attachment: (await inject('GET', `/api/applications/${apps.a}/attachments/${attachmentOfA}/content`, who))
      .statusCode,
  });
  const myAssignmentOn = async (who: SignedInUser, applicationId: string) =>
    (await inject('GET', '/api/evaluations', who))
      .json<MyEvaluationDto[]>()
      .find((m) => m.applicationId === applicationId)!;

  /** The staff member as the services see them when signed in (the drafts are made through the services). */
  const asApplicant = (staff: User): AuthenticatedUser => ({
    ...{ sessionId: '', locale: 'sq', twoFactorEnabled: false },
    ...{ id: staff.id, email: staff.email, roles: ['applicant'], organisationId: staff.organisationId },
  });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    call = await db.transaction((m) => seedDemoCall(m, new Date(), null));
    const submissions = t.app.get(ApplicationSubmissionService);
    const regions = { a: 'TIR', b: 'KUK', c: 'DIB', submitted: 'SAR' } as const;
    for (const name of Object.keys(apps) as (keyof typeof apps)[]) {
      const organisation = await createOrganisation(t, `Qendra ${name}`);
      organisations[name] = organisation.id;
      const staff = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
      const user = asApplicant(staff);
      apps[name] = await completeDraft(t, user, call.id, regions[name]);
      await submissions.submit(user, apps[name]);
      if (name === 'a') applicantA = await signIn(t, staff);
    }
    // The eligibility check has its own tests: here three applications are simply eligible.
    await db.query(`UPDATE applications SET status = 'eligible' WHERE id = ANY($1)`, [[apps.a, apps.b, apps.c]]);
    for (let i = 0; i < 3; i++) {
      const user = await createUser(t, { roles: ['evaluator'] });
      evaluators.push({ user, signedIn: await signIn(t, user) });
    }
    const inCso = await createUser(t, { roles: ['evaluator'], organisationId: organisations.a });
    member = { user: inCso, signedIn: await signIn(t, inCso) };
    manager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
    const application = (await inject('GET', `/api/applications/${apps.a}`, manager)).json<ApplicationDto>();
    attachmentOfA = application.attachments[0].id;
  }, 90_000);
  afterAll(() => t.close());

  it('plans two evaluators per eligible application, balanced, never one from the applying CSO', async () => {
    const res = await inject('POST', `/api/calls/${call.id}/assignments/auto`, manager);
    expect(res.statusCode).toBe(200);
    const plan = res.json<AssignmentPlanDto>();
    expect(plan).toMatchObject({ created: 6, problems: [] });
    expect(plan.loadSpread).toBeLessThanOrEqual(1);
    expect(plan.loads.map((l) => l.load).sort()).toEqual([1, 1, 2, 2]);
    for (const id of [apps.a, apps.b, apps.c]) expect(await evaluatorsOf(id)).toHaveLength(2);
    expect(await evaluatorsOf(apps.a)).not.toContain(member.user.id);
    expect(await evaluatorsOf(apps.submitted)).toEqual([]);

    // A second run keeps what exists and adds nothing.
    const again = await inject('POST', `/api/calls/${call.id}/assignments/auto`, manager);
    expect(again.json<AssignmentPlanDto>()).toMatchObject({ created: 0, problems: [] });

    const { items: list, total } = await listed();
    expect(total).toBe(6);
    expect(list).toHaveLength(6);
    expect(list[0]).toMatchObject({ declaration: 'pending', declaredAt: null, conflictReason: null });
    expect(list.every((row) => row.applicationReference && row.evaluatorName.startsWith('Person'))).toBe(true);
  });

  it('shows an evaluator the application only after signing the declaration, never when unassigned', async () => {
    const assignedToA = await evaluatorsOf(apps.a);
    const [first] = assignedToA;
    const unassigned = [...evaluators, member].find((e) => !assignedToA.includes(e.user.id))!;
    expect(await readA(unassigned.signedIn)).toEqual({ application: 404, attachment: 404 });

    const evaluator = signedInAs(first);
    const mine = await myAssignmentOn(evaluator, apps.a);
    expect(mine).toMatchObject({ callId: call.id, lotRegionCode: 'TIR', declaration: 'pending' });
    expect(mine).not.toHaveProperty('sections');
    expect(await readA(evaluator)).toEqual({ application: 404, attachment: 404 });

    const signed = await inject('POST', `/api/evaluations/${mine.id}/declaration`, evaluator, { signed: true });
    expect(signed.statusCode).toBe(200);
    expect(signed.json<MyEvaluationDto>().declaration).toBe('signed');
    expect(await readA(evaluator)).toEqual({ application: 200, attachment: 200 });
    // Signing twice, or someone else's assignment.
    expect(
      (await inject('POST', `/api/evaluations/${mine.id}/declaration`, evaluator, { signed: true })).statusCode,
    ).toBe(409);
    expect(
      (await inject('POST', `/api/evaluations/${mine.id}/declaration`, unassigned.signedIn, { signed: true }))
        .statusCode,
    ).toBe(404);
    // Neither or both.
    expect((await inject('POST', `/api/evaluations/${mine.id}/declaration`, evaluator, {})).statusCode).toBe(400);
    const both = { signed: true, conflict: true, reason: 'Both at once is not an answer.' };
    expect((await inject('POST', `/api/evaluations/${mine.id}/declaration`, evaluator, both)).statusCode).toBe(400);
  });

  it('replaces an evaluator who declares a conflict, in the same step, and ends their access', async () => {
    // The first evaluator signed above: a conflict found while reading still ends the access.
    const [declarer] = await evaluatorsOf(apps.a);
    const who = signedInAs(declarer);
    const assignment = await myAssignmentOn(who, apps.a);
    const res = await inject('POST', `/api/evaluations/${assignment.id}/declaration`, who, {
      conflict: true,
      reason: 'My sister chairs the board of this CSO.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<MyEvaluationDto>().declaration).toBe('conflict');
    expect(await readA(who)).toEqual({ application: 404, attachment: 404 });

    const active = [...(await evaluatorsOf(apps.a, 'pending')), ...(await evaluatorsOf(apps.a, 'signed'))];
    expect(active).toHaveLength(2);
    expect(active).not.toContain(declarer);
    expect(active).not.toContain(member.user.id);
    expect(await evaluatorsOf(apps.a, 'conflict')).toEqual([declarer]);

    // The manager can neither put them back nor erase the conflict; nor add the CSO's own member.
    const back = await inject('POST', `/api/applications/${apps.a}/assignments`, manager, { evaluatorId: declarer });
    expect(back.statusCode).toBe(409);
    expect(back.json<ProblemDetails>().code).toBe('evaluator_ineligible');
    const own = await inject('POST', `/api/applications/${apps.a}/assignments`, manager, {
      evaluatorId: member.user.id,
    });
    expect(own.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'evaluator_ineligible' });
    const erase = await inject('DELETE', `/api/applications/${apps.a}/assignments/${assignment.id}`, manager);
    expect(erase.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'assignment_conflict_kept' });
  });

  it('lets the manager adjust by hand: add an eligible evaluator, remove an assignment', async () => {
    const onB = await evaluatorsOf(apps.b);
    const extra = [...evaluators, member].find((e) => !onB.includes(e.user.id))!;
    const added = await inject('POST', `/api/applications/${apps.b}/assignments`, manager, {
      evaluatorId: extra.user.id,
    });
    expect(added.statusCode).toBe(201);
    const row = added.json<EvaluationAssignmentDto>();
    expect(row).toMatchObject({ applicationId: apps.b, evaluatorId: extra.user.id, declaration: 'pending' });
    const twice = await inject('POST', `/api/applications/${apps.b}/assignments`, manager, {
      evaluatorId: extra.user.id,
    });
    expect(twice.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'evaluator_already_assigned' });
    const notEligible = await inject('POST', `/api/applications/${apps.submitted}/assignments`, manager, {
      evaluatorId: extra.user.id,
    });
    expect(notEligible.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'assignment_not_open' });
    const removed = await inject('DELETE', `/api/applications/${apps.b}/assignments/${row.id}`, manager);
    expect(removed.statusCode).toBe(204);
    expect(await evaluatorsOf(apps.b)).toEqual(onB);
    // Another application's assignment is not found under this one.
    const [ofC] = (await listed(`applicationId=${apps.c}`)).items;
    expect(ofC.applicationId).toBe(apps.c);
    expect((await inject('DELETE', `/api/applications/${apps.b}/assignments/${ofC.id}`, manager)).statusCode).toBe(404);
  });

  it("lists the call's assignments a page at a time, filtered and sorted, in a stable order", async () => {
    // One signed declaration (on c) beside the conflict declared on a and the pending rest.
    const signer = signedInAs((await evaluatorsOf(apps.c))[0]);
    const onC = await myAssignmentOn(signer, apps.c);
    await inject('POST', `/api/evaluations/${onC.id}/declaration`, signer, { signed: true });

    const text = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
    const byReference = (a: EvaluationAssignmentDto, b: EvaluationAssignmentDto) =>
      text(a.applicationReference, b.applicationReference) ||
      text(a.evaluatorName, b.evaluatorName) ||
      text(a.id, b.id);
    const all = await listed('pageSize=100');
    // Six planned, one replacement for the declared conflict, which stays as the record.
    expect(all).toMatchObject({ total: 7, page: 1, pageSize: 100 });
    expect(all.items).toEqual([...all.items].sort(byReference));
    expect((await listed()).pageSize).toBe(20);

    const pages = [await listed('pageSize=3'), await listed('pageSize=3&page=2'), await listed('pageSize=3&page=3')];
    expect(pages.map((p) => [p.page, p.items.length, p.total])).toEqual([
      [1, 3, 7],
      [2, 3, 7],
      [3, 1, 7],
    ]);
    expect(pages.flatMap((p) => p.items.map((row) => row.id))).toEqual(all.items.map((row) => row.id));
    expect(await listed('pageSize=3&page=4')).toMatchObject({ items: [], total: 7 });

    const conflicts = await listed('declaration=conflict');
    expect(conflicts.items).toHaveLength(1);
    expect(conflicts.items[0]).toMatchObject({
      applicationId: apps.a,
      declaration: 'conflict',
      conflictReason: 'My sister chairs the board of this CSO.',
    });
    expect((await listed('declaration=signed')).items.map((row) => row.id)).toEqual([onC.id]);
    expect((await listed('declaration=pending')).total).toBe(5);

    const evaluatorId = all.items[0].evaluatorId;
    const ofEvaluator = await listed(`evaluatorId=${evaluatorId}`);
    expect(ofEvaluator.items.map((row) => row.id)).toEqual(
      all.items.filter((row) => row.evaluatorId === evaluatorId).map((row) => row.id),
    );
    expect((await listed(`applicationId=${apps.b}`)).items.map((row) => row.evaluatorId).sort()).toEqual(
      await evaluatorsOf(apps.b),
    );

    // Part of the reference or of the evaluator's name, whatever the case; `%` and `_` are literal.
    const referenceOfC = onC.applicationReference!;
    const byReferenceQ = await listed(`q=${encodeURIComponent(referenceOfC.toLowerCase())}`);
    expect(byReferenceQ.items.map((row) => row.applicationId)).toEqual([apps.c, apps.c]);
    const name = all.items[0].evaluatorName;
    expect((await listed(`q=${encodeURIComponent(name.toUpperCase())}`)).items.map((row) => row.id)).toEqual(
      all.items.filter((row) => row.evaluatorName.toLowerCase().includes(name.toLowerCase())).map((row) => row.id),
    );
    expect((await listed(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await listed(`q=${encodeURIComponent(referenceOfC)}&declaration=pending`)).items).toHaveLength(1);

    const byEvaluator = (await listed('sort=-evaluator')).items;
    expect(byEvaluator).toEqual(
      [...all.items].sort((a, b) => text(b.evaluatorName, a.evaluatorName) || byReference(a, b)),
    );
    // The plan assigned six at once; the conflict's replacement came later: last by date, first backwards.
    const times = [...new Set(all.items.map((row) => row.assignedAt))].sort();
    expect(times).toHaveLength(2);
    const replacement = all.items.find((row) => row.assignedAt === times[1])!;
    expect(replacement).toMatchObject({ applicationId: apps.a, declaration: 'pending' });
    expect((await listed('sort=-assignedAt')).items[0].id).toBe(replacement.id);
    const oldestFirst = (await listed('sort=assignedAt&pageSize=100')).items;
    expect(oldestFirst.map((row) => row.id)).toEqual([
      ...all.items.filter((row) => row.id !== replacement.id).map((row) => row.id),
      replacement.id,
    ]);
    expect((await listed('sort=-reference')).items.map((row) => row.applicationReference)).toEqual(
      all.items.map((row) => row.applicationReference).reverse(),
    );

    for (const bad of [
      'sort=name',
      'pageSize=101',
      'page=0',
      'declaration=maybe',
      'evaluatorId=nope',
      'applicationId=1',
      `q=${'x'.repeat(101)}`,
      'lotId=1',
    ]) {
      const res = await inject('GET', `/api/calls/${call.id}/assignments?${bad}`, manager);
      expect(res.json<ProblemDetails>()).toMatchObject({ status: 400, code: 'validation_failed' });
    }
    const unknownCall = '00000000-0000-4000-8000-000000000000';
    expect((await inject('GET', `/api/calls/${unknownCall}/assignments`, manager)).statusCode).toBe(404);
  });

  it('refuses these endpoints to other roles', async () => {
    const evaluator = evaluators[0].signedIn;
    for (const who of [applicantA, evaluator]) {
      expect((await inject('POST', `/api/calls/${call.id}/assignments/auto`, who)).statusCode).toBe(403);
      expect((await inject('GET', `/api/calls/${call.id}/assignments`, who)).statusCode).toBe(403);
      expect(
        (await inject('POST', `/api/applications/${apps.a}/assignments`, who, { evaluatorId: evaluators[1].user.id }))
          .statusCode,
      ).toBe(403);
    }
    expect((await inject('GET', '/api/evaluations', manager)).statusCode).toBe(403);
    expect((await inject('GET', '/api/evaluations', applicantA)).statusCode).toBe(403);
    const [any] = (await listed()).items;
    expect(
      (await inject('POST', `/api/evaluations/${any.id}/declaration`, applicantA, { signed: true })).statusCode,
    ).toBe(403);
    // The applying CSO still reads its own application.
    expect((await inject('GET', `/api/applications/${apps.a}`, applicantA)).statusCode).toBe(200);
  });
});
