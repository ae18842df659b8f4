import type {
  ApplicationEvaluationsDto,
  ConsolidationRowDto,
  CriterionScoreDto,
  EvaluationAssignmentDto,
  EvaluationProgressDto,
  EvaluationSheetDto,
  EvaluatorOptionDto,
  MyEvaluationDto,
  Page,
  ProblemDetails,
} from '@skema/contracts';
import type { EvaluationAssignment } from '../../src/app/evaluation/assignments/evaluation-assignment.entity';
import type { SignedInUser } from '../utils/auth';
import { assignAndSign, type CallInEvaluation, callInEvaluation, sheet } from '../utils/evaluation';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * The evaluators' score sheets and the programme manager's evaluation views (DESIGN §3, decision 0015):
 * own sheets only, drafts, complete submissions that lock, consolidation into `evaluated`, divergence
 * resolved by a third evaluator or a moderation, progress and the consolidation list.
 *
 * The demo (PRAG) grid totals 20 × the score when every criterion gets the same score (4 → 80 points);
 * the call's gap is 20 points. TIR: two close sheets; KUK: divergent, then a third evaluator; DIB:
 * divergent, then a moderation; SAR: drafts, refusals and locks.
 */
describe('evaluation scoring', () => {
  let t: TestApp;
  let setup: CallInEvaluation;
  let assignments: Map<string, EvaluationAssignment[]>;
  const app = { tir: '', kuk: '', dib: '', sar: '' };

  type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
  const inject = (method: Method, url: string, who: SignedInUser, payload?: object, language = 'en') =>
    t.app.inject({
      method,
      url: `/api${url}`,
      headers: { ...who.headers, 'accept-language': language },
      ...(payload ? { payload } : {}),
    });
  const manager = () => setup.manager;
  const evaluator = (id: string) => setup.evaluators.find((e) => e.user.id === id)!.signedIn;
  const on = (applicationId: string) => assignments.get(applicationId)!;
  const save = (a: Pick<EvaluationAssignment, 'id' | 'evaluatorId'>, scores: CriterionScoreDto[], who?: SignedInUser) =>
    inject('PUT', `/evaluations/${a.id}/scores`, who ?? evaluator(a.evaluatorId), { scores });
  const submit = (a: Pick<EvaluationAssignment, 'id' | 'evaluatorId'>, scores?: CriterionScoreDto[]) =>
    inject('POST', `/evaluations/${a.id}/submit`, evaluator(a.evaluatorId), scores ? { scores } : undefined);
  const statusOf = async (applicationId: string) =>
    (await setup.db.query<{ status: string }[]>(`SELECT status FROM applications WHERE id = $1`, [applicationId]))[0]
      .status;
  const view = async (applicationId: string) =>
    (await inject('GET', `/applications/${applicationId}/evaluations`, manager())).json<ApplicationEvaluationsDto>();
  const consolidations = async (query: string) =>
    (await inject('GET', `/calls/${setup.call.id}/consolidations?${query}`, manager())).json<
      Page<ConsolidationRowDto>
    >();
  const notOn = (applicationId: string) => {
    const assigned = new Set(on(applicationId).map((a) => a.evaluatorId));
    return setup.evaluators.find((e) => !assigned.has(e.user.id))!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    setup = await callInEvaluation(t, ['TIR', 'KUK', 'DIB', 'SAR'], 4);
    [app.tir, app.kuk, app.dib, app.sar] = setup.applicants.map((a) => a.applicationId);
    assignments = await assignAndSign(t, setup);
  }, 90_000);
  afterAll(() => t.close());

  it('lists the evaluators the manager can pick, with their load', async () => {
    const res = await inject('GET', '/evaluators', manager());
    expect(res.statusCode).toBe(200);
    const options = res.json<EvaluatorOptionDto[]>();
    for (const { user } of setup.evaluators) {
      expect(options).toContainEqual({ id: user.id, displayName: user.displayName, organisationName: null, load: 2 });
    }
    expect((await inject('GET', '/evaluators', setup.applicants[0].signedIn)).statusCode).toBe(403);
    expect((await inject('GET', '/evaluators', evaluator(setup.evaluators[0].user.id))).statusCode).toBe(403);
  });

  it('keeps every sheet to its own evaluator, behind a signed declaration', async () => {
    const [first, second] = on(app.sar);
    const stranger = notOn(app.sar).signedIn;
    const full = sheet(undefined, 4);
    for (const res of [
      await inject('GET', `/evaluations/${first.id}`, stranger),
      await save(first, full, stranger),
      await inject('POST', `/evaluations/${first.id}/submit`, stranger),
      await inject('GET', `/applications/${app.sar}`, stranger),
      // Another evaluator of the same application: still not their sheet.
      await inject('GET', `/evaluations/${first.id}`, evaluator(second.evaluatorId)),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    for (const who of [setup.applicants[3].signedIn, manager()]) {
      expect((await inject('GET', `/evaluations/${first.id}`, who)).statusCode).toBe(403);
      expect((await save(first, full, who)).statusCode).toBe(403);
      expect((await inject('POST', `/evaluations/${first.id}/submit`, who)).statusCode).toBe(403);
    }

    // Until signed: "sign first" on the sheet, nothing of the application.
    await setup.db.query(
      `UPDATE evaluation_assignments SET declaration = 'pending', declared_at = NULL WHERE id = $1`,
      [first.id],
    );
    const me = evaluator(first.evaluatorId);
    const pending = await inject('GET', `/evaluations/${first.id}`, me);
    expect(pending.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'declaration_required' });
    expect((await save(first, full)).json<ProblemDetails>().code).toBe('declaration_required');
    expect((await inject('GET', `/applications/${app.sar}`, me)).statusCode).toBe(404);

    expect((await inject('POST', `/evaluations/${first.id}/declaration`, me, { signed: true })).statusCode).toBe(200);
    const signed = await inject('GET', `/evaluations/${first.id}`, me);
    expect(signed.statusCode).toBe(200);
    expect(signed.json<EvaluationSheetDto>()).toMatchObject({
      assignmentId: first.id,
      applicationId: app.sar,
      callReference: setup.call.reference,
      lotRegionCode: 'SAR',
      status: 'draft',
      points: { total: 0, complete: false },
      updatedAt: null,
      submittedAt: null,
    });
    expect(signed.json<EvaluationSheetDto>().scores).toHaveLength(16);
    expect((await inject('GET', `/applications/${app.sar}`, me)).statusCode).toBe(200);
  });

  it('refuses a draft with a score out of range, per criterion, and stores nothing', async () => {
    const [first] = on(app.sar);
    const res = await save(first, [
      { criterionKey: '1.1', score: 9, comment: null },
      { criterionKey: '2.1', score: 0, comment: 'Asgjë.' },
      { criterionKey: '1.1', score: 3, comment: null },
    ]);
    expect(res.statusCode).toBe(400);
    const problem = res.json<ProblemDetails>();
    expect(problem.code).toBe('score_sheet_invalid');
    expect(problem.errors?.map((e) => e.field)).toEqual([
      'scores.1.1.score',
      'scores.2.1.score',
      'scores.1.1.criterionKey',
    ]);
    // The shape is the DTO's: a score that is not a number is refused before the rules.
    const shape = await save(first, [{ criterionKey: '1.1', score: 'four' as never, comment: null }]);
    expect(shape.json<ProblemDetails>()).toMatchObject({ status: 400, code: 'validation_failed' });
    const [{ count }] = await setup.db.query<{ count: number }[]>(
      `SELECT COUNT(*)::int AS count FROM evaluations WHERE assignment_id = $1`,
      [first.id],
    );
    expect(count).toBe(0);
  });

  it('saves drafts, refuses an incomplete submission listing each gap (in Albanian too), then locks', async () => {
    const [first] = on(app.sar);
    const partial = sheet(undefined, 4).map((e) =>
      e.criterionKey === '1.2' ? { ...e, score: null } : e.criterionKey === '5.2' ? { ...e, comment: '  ' } : e,
    );
    const draft = await save(first, partial);
    expect(draft.statusCode).toBe(200);
    expect(draft.json<EvaluationSheetDto>()).toMatchObject({ status: 'draft', points: { total: 76, complete: false } });

    const incomplete = await inject('POST', `/evaluations/${first.id}/submit`, evaluator(first.evaluatorId), {}, 'sq');
    expect(incomplete.statusCode).toBe(422);
    const problem = incomplete.json<ProblemDetails>();
    expect(problem.code).toBe('score_sheet_incomplete');
    expect(problem.detail).toMatch(/^Vlerësimi nuk mund të dorëzohet ende/);
    expect(problem.errors).toEqual([
      { field: 'scores.1.2.score', message: 'Vendosni pikët për kriterin 1.2.' },
      { field: 'scores.5.2.comment', message: 'Shkruani një koment për kriterin 5.2: aplikanti e lexon atë.' },
    ]);

    // A body is saved first, even when the submission is then refused.
    const withBody = await submit(first, sheet(undefined, 3).slice(1));
    expect(withBody.json<ProblemDetails>().errors?.map((e) => e.field)).toEqual([
      'scores.1.1.score',
      'scores.1.1.comment',
    ]);
    const kept = (
      await inject('GET', `/evaluations/${first.id}`, evaluator(first.evaluatorId))
    ).json<EvaluationSheetDto>();
    expect(kept.points).toMatchObject({ total: 57, complete: false });

    const submitted = await submit(first, sheet(undefined, 3));
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<EvaluationSheetDto>()).toMatchObject({ status: 'submitted', points: { total: 60 } });
    expect(submitted.json<EvaluationSheetDto>().submittedAt).not.toBeNull();
    for (const again of [await save(first, sheet(undefined, 5)), await submit(first)]) {
      expect(again.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'evaluation_locked' });
    }
    const mine = (await inject('GET', '/evaluations', evaluator(first.evaluatorId))).json<MyEvaluationDto[]>();
    expect(mine.find((m) => m.id === first.id)?.evaluationStatus).toBe('submitted');
    // One submitted sheet: nothing to consolidate yet.
    expect(await statusOf(app.sar)).toBe('in_evaluation');
  });

  it('leaves an audit entry for every change of a sheet', async () => {
    const [first] = on(app.sar);
    const entries = await setup.db.query<{ action: string; after: { status?: string; scores?: unknown } }[]>(
      `SELECT e.action, e.after FROM audit_log e
         JOIN evaluations s ON s.id::text = e.entity_id
        WHERE e.entity = 'evaluations' AND s.assignment_id = $1 ORDER BY e.id`,
      [first.id],
    );
    // Draft, the body of the refused submission, the body of the accepted one, the submission.
    expect(entries.map((e) => e.action)).toEqual(['insert', 'update', 'update', 'update']);
    expect(entries[1].after.scores).toBeDefined();
    expect(entries[3].after.status).toBe('submitted');
  });

  it('consolidates two close sheets by their mean and moves the application to evaluated', async () => {
    const [first, second] = on(app.tir);
    expect((await submit(first, sheet(undefined, 4))).statusCode).toBe(200);
    expect(await statusOf(app.tir)).toBe('in_evaluation');
    const lower = sheet(undefined, (key) => (key === '1.1' ? 3 : 4));
    expect((await submit(second, lower)).statusCode).toBe(200);
    expect(await statusOf(app.tir)).toBe('evaluated');

    const pm = await view(app.tir);
    expect(pm).toMatchObject({
      applicationId: app.tir,
      status: 'evaluated',
      lotRegionCode: 'TIR',
      divergenceGapBp: 2000,
      consolidation: { status: 'consolidated', method: 'mean', total: 7950, spreadPoints: 1, divergent: false },
      moderation: null,
    });
    expect(pm.consolidation.sectionScores).toEqual({ '1': 1550, '2': 2400, '3': 1600, '4': 1200, '5': 1200 });
    const names = new Map(setup.evaluators.map((e) => [e.user.id, e.user.displayName]));
    expect(pm.evaluations.map((e) => [e.evaluatorName, e.state, e.points?.total])).toEqual(
      expect.arrayContaining([
        [names.get(first.evaluatorId), 'submitted', 80],
        [names.get(second.evaluatorId), 'submitted', 79],
      ]),
    );
    expect(pm.evaluations.find((e) => e.assignmentId === second.id)?.scores[0]).toMatchObject({
      criterionKey: '1.1',
      score: 3,
    });
    // Only the programme manager sees everyone's sheets.
    expect((await inject('GET', `/applications/${app.tir}/evaluations`, evaluator(first.evaluatorId))).statusCode).toBe(
      403,
    );
    expect((await inject('GET', `/applications/${app.tir}/evaluations`, setup.applicants[0].signedIn)).statusCode).toBe(
      403,
    );
  });

  it('flags two sheets beyond the gap as divergent, and a third evaluator resolves it by the two closest', async () => {
    for (const applicationId of [app.kuk, app.dib]) {
      const [first, second] = on(applicationId);
      expect((await submit(first, sheet(undefined, 5))).statusCode).toBe(200);
      expect((await submit(second, sheet(undefined, applicationId === app.kuk ? 2 : 1))).statusCode).toBe(200);
      expect(await statusOf(applicationId)).toBe('in_evaluation');
    }
    const divergent = await consolidations('consolidation=divergent');
    expect(divergent.items.map((row) => row.applicationId).sort()).toEqual([app.kuk, app.dib].sort());
    expect(divergent.items.find((row) => row.applicationId === app.kuk)).toMatchObject({
      consolidation: 'divergent',
      total: null,
      spreadPoints: 60,
      divergent: true,
      submittedCount: 2,
      assignedCount: 2,
      status: 'in_evaluation',
    });

    const third = notOn(app.kuk);
    const added = await inject('POST', `/applications/${app.kuk}/assignments`, manager(), {
      evaluatorId: third.user.id,
    });
    expect(added.statusCode).toBe(201);
    const assignment = added.json<EvaluationAssignmentDto>();
    expect(
      (await inject('POST', `/evaluations/${assignment.id}/declaration`, third.signedIn, { signed: true })).statusCode,
    ).toBe(200);
    expect((await submit({ id: assignment.id, evaluatorId: third.user.id }, sheet(undefined, 4))).statusCode).toBe(200);

    expect(await statusOf(app.kuk)).toBe('evaluated');
    const resolved = (await view(app.kuk)).consolidation;
    expect(resolved).toMatchObject({
      status: 'consolidated',
      method: 'closest_scores',
      submittedCount: 3,
      total: 9000,
      spreadPoints: 60,
      divergent: true,
    });
    const fivesAndFours = [on(app.kuk)[0].id, assignment.id].sort();
    expect(resolved.countedAssignmentIds).toEqual(fivesAndFours);
  });

  it('lets the committee moderate a divergent application with two sheets, and only then', async () => {
    const valid = {
      sectionScores: { '1': 1550, '2': 2400, '3': 1600, '4': 1000, '5': 1150 },
      note: 'Agreed in committee.',
    };
    const early = await inject('PUT', `/applications/${app.sar}/moderation`, manager(), valid);
    expect(early.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'moderation_not_open' });

    const invalid = await inject(
      'PUT',
      `/applications/${app.dib}/moderation`,
      manager(),
      { sectionScores: { '1': 2500, '2': 2400, '3': 1600, '4': 1000 }, note: '  ok  ' },
      'sq',
    );
    expect(invalid.statusCode).toBe(400);
    const problem = invalid.json<ProblemDetails>();
    expect(problem.code).toBe('moderation_invalid');
    expect(problem.detail).toBe('Moderimi nuk mund të ruhet. Korrigjoni pikat e listuara.');
    expect(problem.errors?.map((e) => e.field)).toEqual(['sectionScores.1', 'sectionScores.5', 'note']);
    expect(await statusOf(app.dib)).toBe('in_evaluation');

    const res = await inject('PUT', `/applications/${app.dib}/moderation`, manager(), valid);
    expect(res.statusCode).toBe(200);
    const moderated = res.json<ApplicationEvaluationsDto>();
    expect(moderated.status).toBe('evaluated');
    expect(moderated.consolidation).toMatchObject({
      status: 'consolidated',
      method: 'moderation',
      total: 7700,
      sectionScores: valid.sectionScores,
      divergent: true,
    });
    expect(moderated.moderation).toMatchObject({
      total: 7700,
      note: 'Agreed in committee.',
      moderatedBy: setup.managerUser.id,
    });
    // Corrected in place, each version audited.
    const corrected = { ...valid, sectionScores: { ...valid.sectionScores, '5': 1250 } };
    const again = await inject('PUT', `/applications/${app.dib}/moderation`, manager(), corrected);
    expect(again.json<ApplicationEvaluationsDto>().consolidation.total).toBe(7800);
    const [{ count }] = await setup.db.query<{ count: number }[]>(
      `SELECT COUNT(*)::int AS count FROM audit_log WHERE entity = 'moderations' AND entity_id = $1`,
      [app.dib],
    );
    expect(count).toBe(2);
    expect(
      (await inject('PUT', `/applications/${app.dib}/moderation`, evaluator(on(app.dib)[0].evaluatorId), valid))
        .statusCode,
    ).toBe(403);
  });

  it('shows the progress per lot and per evaluator', async () => {
    const res = await inject('GET', `/calls/${setup.call.id}/evaluation-progress`, manager());
    expect(res.statusCode).toBe(200);
    const progress = res.json<EvaluationProgressDto>();
    expect(progress.callStatus).toBe('in_evaluation');
    expect(progress.lots.map((l) => [l.regionCode, l.applications, l.consolidated, l.divergent, l.incomplete])).toEqual(
      [
        ['TIR', 1, 1, 0, 0],
        ['KUK', 1, 1, 0, 0],
        ['DIB', 1, 1, 0, 0],
        ['SAR', 1, 0, 0, 1],
      ],
    );
    const totals = progress.evaluators.reduce(
      (sum, e) => ({
        assigned: sum.assigned + e.assigned,
        submitted: sum.submitted + e.submitted,
        drafts: sum.drafts + e.drafts,
      }),
      { assigned: 0, submitted: 0, drafts: 0 },
    );
    expect(totals).toEqual({ assigned: 9, submitted: 8, drafts: 0 });
    expect(progress.evaluators).toHaveLength(4);
    expect(progress.evaluators.every((e) => e.pendingDeclaration === 0 && e.conflicts === 0)).toBe(true);
    const [sarFirst] = on(app.sar);
    const name = setup.evaluators.find((e) => e.user.id === sarFirst.evaluatorId)!.user.displayName;
    expect(progress.evaluators.find((e) => e.evaluatorId === sarFirst.evaluatorId)?.evaluatorName).toBe(name);
  });

  it('lists consolidations with filters, sorts and pages', async () => {
    const byTotal = await consolidations('sort=-total&pageSize=2');
    expect(byTotal).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(byTotal.items.map((row) => [row.applicationId, row.total])).toEqual([
      [app.kuk, 9000],
      [app.tir, 7950],
    ]);
    const second = await consolidations('sort=-total&pageSize=2&page=2');
    // Without a score last, whichever the direction.
    expect(second.items.map((row) => [row.applicationId, row.total])).toEqual([
      [app.dib, 7800],
      [app.sar, null],
    ]);
    expect((await consolidations('sort=total')).items.map((row) => row.applicationId)).toEqual([
      app.dib,
      app.tir,
      app.kuk,
      app.sar,
    ]);
    const bySpread = await consolidations('sort=-spread');
    expect(bySpread.items.map((row) => row.spreadPoints)).toEqual([80, 60, 1, null]);

    const kukLot = (await view(app.kuk)).lotRegionCode;
    expect(kukLot).toBe('KUK');
    const kukRow = byTotal.items[0];
    const inLot = await consolidations(`lotId=${kukRow.lotId}`);
    expect(inLot.items.map((row) => row.applicationId)).toEqual([app.kuk]);
    expect(inLot.items[0]).toMatchObject({ assignedCount: 3, submittedCount: 3, method: 'closest_scores' });

    const reference = (await view(app.tir)).applicationReference!;
    expect((await consolidations(`q=${encodeURIComponent(reference.toLowerCase())}`)).items).toHaveLength(1);
    expect(
      (await consolidations(`q=${encodeURIComponent('qendra 4 sar')}`)).items.map((row) => row.applicationId),
    ).toEqual([app.sar]);
    expect((await consolidations('consolidation=incomplete')).items.map((row) => row.applicationId)).toEqual([app.sar]);

    for (const bad of ['sort=score', `pageSize=101`, 'page=0', 'consolidation=done', 'lotId=nope']) {
      const res = await inject('GET', `/calls/${setup.call.id}/consolidations?${bad}`, manager());
      expect(res.json<ProblemDetails>()).toMatchObject({ status: 400, code: 'validation_failed' });
    }
    expect(
      (await inject('GET', `/calls/${setup.call.id}/consolidations`, evaluator(on(app.sar)[0].evaluatorId))).statusCode,
    ).toBe(403);
  });

  it('removes an assignment with its draft, never one with a submitted sheet', async () => {
    const [submitted, other] = on(app.sar);
    expect((await save(other, sheet(undefined, 2).slice(0, 3))).statusCode).toBe(200);
    const keep = await inject('DELETE', `/applications/${app.sar}/assignments/${submitted.id}`, manager());
    expect(keep.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'assignment_has_evaluation' });
    const removed = await inject('DELETE', `/applications/${app.sar}/assignments/${other.id}`, manager());
    expect(removed.statusCode).toBe(204);
    const rows = await setup.db.query<{ id: string }[]>(`SELECT id FROM evaluations WHERE assignment_id = $1`, [
      other.id,
    ]);
    expect(rows).toEqual([]);
    const [{ count }] = await setup.db.query<{ count: number }[]>(
      `SELECT COUNT(*)::int AS count FROM audit_log WHERE entity = 'evaluations' AND action = 'delete'`,
    );
    expect(count).toBe(1);
  });

  it('stops counting a sheet whose evaluator declares a conflict after submitting', async () => {
    const [first, second] = on(app.tir);
    const who = evaluator(second.evaluatorId);
    const declared = await inject('POST', `/evaluations/${second.id}/declaration`, who, {
      conflict: true,
      reason: 'I found out I advised this CSO last year.',
    });
    expect(declared.statusCode).toBe(200);
    expect((await inject('GET', `/evaluations/${second.id}`, who)).statusCode).toBe(404);
    expect((await save(second, sheet(undefined, 4), who)).statusCode).toBe(404);

    const pm = await view(app.tir);
    expect(pm.consolidation).toMatchObject({ status: 'incomplete', submittedCount: 1, total: null });
    expect(pm.evaluations.find((e) => e.assignmentId === second.id)).toMatchObject({
      state: 'conflict',
      points: { total: 79 },
    });
    expect(pm.evaluations.find((e) => e.assignmentId === first.id)?.state).toBe('submitted');
    // The replacement is there, waiting for their declaration.
    expect(pm.evaluations.filter((e) => e.state === 'pending_declaration')).toHaveLength(1);
  });

  it('closes scoring and moderation once the results are published', async () => {
    const [first] = on(app.sar);
    await setup.db.query(`UPDATE calls SET results_published_at = now() WHERE id = $1`, [setup.call.id]);
    const replacement = (await view(app.tir)).evaluations.find((e) => e.state === 'pending_declaration')!;
    const who = evaluator(replacement.evaluatorId);
    expect(
      (await inject('POST', `/evaluations/${replacement.assignmentId}/declaration`, who, { signed: true })).statusCode,
    ).toBe(200);
    const late = await save(
      { id: replacement.assignmentId, evaluatorId: replacement.evaluatorId },
      sheet(undefined, 4),
    );
    expect(late.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'evaluation_closed' });
    // Still readable.
    expect((await inject('GET', `/evaluations/${first.id}`, evaluator(first.evaluatorId))).statusCode).toBe(200);
    const moderation = {
      sectionScores: { '1': 1500, '2': 2000, '3': 1500, '4': 1000, '5': 1000 },
      note: 'After publication.',
    };
    const refused = await inject('PUT', `/applications/${app.kuk}/moderation`, manager(), moderation);
    expect(refused.json<ProblemDetails>()).toMatchObject({ status: 409, code: 'evaluation_closed' });
  });
});
