import {
  type ApplicationResultDto,
  type CallRankingDto,
  type CriterionScoreDto,
  type LotRankingDto,
  PRAG_FULL_APPLICATION_GRID,
  type ProblemDetails,
} from '@skema/contracts';
import type { EvaluationAssignment } from '../../src/app/evaluation/assignments/evaluation-assignment.entity';
import type { SignedInUser } from '../utils/auth';
import {
  assignAndSign,
  type CallInEvaluation,
  callInEvaluation,
  sheet,
  storeSubmittedSheet,
} from '../utils/evaluation';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/** Every criterion 4, but section 2 (relevance) scored `relevance` (2 × 2 + 2 × 2 + 2 + 2 = 12 of 30 when 2). */
const weakRelevance = (relevance: number) =>
  sheet(PRAG_FULL_APPLICATION_GRID, (key) => (key.startsWith('2.') ? relevance : 4));

/**
 * Ranking, confirmation of awards, publication and the applicant's result (DESIGN §3, decision 0015),
 * on the demo call: lot KUK has three applications (A 100 points, B 80, C 62 asking only EUR 12,000) and
 * an envelope of EUR 50,000; TIR has one above and one below the relevance threshold; DIB one with a
 * single sheet (provisional); SAR one ineligible application.
 */
describe('evaluation results: ranking, confirmation, publication, the applicant’s result', () => {
  let t: TestApp;
  let setup: CallInEvaluation;
  let assignments: Map<string, EvaluationAssignment[]>;
  const ids = { a: '', b: '', c: '', d: '', e: '', f: '', g: '' };
  const lots: Record<string, string> = {};
  let applicantOf: Record<keyof typeof ids, SignedInUser>;

  const inject = (method: 'GET' | 'POST', url: string, who: SignedInUser, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { ...who.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  const ranking = async () => {
    const res = await inject('GET', `/api/calls/${setup.call.id}/ranking`, setup.manager);
    expect(res.statusCode).toBe(200);
    return res.json<CallRankingDto>();
  };
  const lotOf = (r: CallRankingDto, region: string) => r.lots.find((l) => l.regionCode === region)!;
  const confirm = (region: string, awards: { applicationId: string; awardCents: number }[] = []) =>
    inject('POST', `/api/calls/${setup.call.id}/lots/${lots[region]}/ranking/confirm`, setup.manager, { awards });
  const publish = () => inject('POST', `/api/calls/${setup.call.id}/results/publish`, setup.manager);
  const resultOf = (id: string, who: SignedInUser) => inject('GET', `/api/applications/${id}/result`, who);
  const score = async (id: string, scores: CriterionScoreDto[], count = 2) => {
    for (const assignment of assignments.get(id)!.slice(0, count))
      await storeSubmittedSheet(setup.db, assignment, scores);
  };
  const entry = (lot: LotRankingDto, id: string) => lot.entries.find((e) => e.applicationId === id)!;

  beforeAll(async () => {
    t = await createTestApp();
    setup = await callInEvaluation(t, ['KUK', 'KUK', 'KUK', 'TIR', 'TIR', 'DIB', 'SAR'], 3);
    (Object.keys(ids) as (keyof typeof ids)[]).forEach((key, i) => (ids[key] = setup.applicants[i].applicationId));
    applicantOf = Object.fromEntries(
      (Object.keys(ids) as (keyof typeof ids)[]).map((key, i) => [key, setup.applicants[i].signedIn]),
    ) as typeof applicantOf;
    for (const row of await setup.db.query<{ id: string; region_code: string }[]>(
      `SELECT id, region_code FROM call_lots WHERE call_id = $1`,
      [setup.call.id],
    )) {
      lots[row.region_code] = row.id;
    }
    // G did not pass the eligibility check; C asks for EUR 12,000 only (its frozen budget says so).
    await setup.db.query(`UPDATE applications SET status = 'ineligible' WHERE id = $1`, [ids.g]);
    const [{ snapshot }] = await setup.db.query<{ snapshot: { sections: { key: string; content: unknown }[] } }[]>(
      `SELECT snapshot FROM application_submissions WHERE application_id = $1`,
      [ids.c],
    );
    const budget = snapshot.sections.find((s) => s.key === 'budget')!;
    budget.content = {
      lines: [{ category: 'services', description: 'Kurse', unit: 'kurs', quantity: 12, unitCostCents: 1_000 * EUR }],
    };
    await setup.db.query(`UPDATE application_submissions SET snapshot = $2 WHERE application_id = $1`, [
      ids.c,
      snapshot,
    ]);
    await setup.db.query(`UPDATE call_lots SET envelope_cents = $2 WHERE id = $1`, [lots['KUK'], 50_000 * EUR]);

    assignments = await assignAndSign(t, setup);
    await score(ids.a, sheet(PRAG_FULL_APPLICATION_GRID, 5));
    await score(ids.b, sheet(PRAG_FULL_APPLICATION_GRID, 4));
    await score(
      ids.c,
      sheet(PRAG_FULL_APPLICATION_GRID, (key) => (key.startsWith('2.') ? 4 : 3)),
    );
    await score(ids.d, weakRelevance(2));
    await score(ids.e, sheet(PRAG_FULL_APPLICATION_GRID, 4));
    await score(ids.f, sheet(PRAG_FULL_APPLICATION_GRID, 4), 1);
  }, 120_000);
  afterAll(() => t.close());

  it('ranks down the envelope: a misfit goes to the reserve, a smaller one below is selected', async () => {
    const r = await ranking();
    expect(r).toMatchObject({
      callReference: setup.call.reference,
      callStatus: 'in_evaluation',
      relevanceSectionKey: '2',
    });
    expect(r.lots.map((l) => l.regionCode)).toEqual(['TIR', 'KUK', 'DIB', 'SAR']);
    const kuk = lotOf(r, 'KUK');
    expect(kuk).toMatchObject({
      envelopeCents: 50_000 * EUR,
      allocatedCents: 48_000 * EUR,
      remainingCents: 2_000 * EUR,
      provisional: false,
      confirmedAt: null,
      stale: false,
    });
    expect(kuk.entries.map((e) => [e.applicationId, e.outcome, e.rank, e.reserveRank, e.awardCents])).toEqual([
      [ids.a, 'selected', 1, null, 36_000 * EUR],
      [ids.b, 'reserve', 2, 1, 36_000 * EUR],
      [ids.c, 'selected', 3, null, 12_000 * EUR],
    ]);
    expect(entry(kuk, ids.a)).toMatchObject({
      total: 10_000,
      relevance: 3_000,
      requestedGrantCents: 36_000 * EUR,
      sectionScores: { '1': 2_000, '2': 3_000, '3': 2_000, '4': 1_500, '5': 1_500 },
      organisationName: expect.stringContaining('Qendra 1 KUK'),
      reference: expect.stringMatching(/^SK-\d{4}-KUK-\d{4}$/),
    });
    expect(entry(kuk, ids.c).requestedGrantCents).toBe(12_000 * EUR);
  });

  it('rejects below a threshold, naming it, and shows a lot missing a sheet as provisional', async () => {
    const r = await ranking();
    const tir = lotOf(r, 'TIR');
    expect(entry(tir, ids.e)).toMatchObject({ outcome: 'selected', rank: 1 });
    expect(entry(tir, ids.d)).toMatchObject({
      outcome: 'rejected_threshold',
      rank: null,
      awardCents: null,
      failures: [{ scope: 'section', sectionKey: '2', threshold: 2_000, score: 1_200 }],
    });
    expect(lotOf(r, 'DIB')).toMatchObject({
      provisional: true,
      entries: [{ applicationId: ids.f, outcome: 'incomplete' }],
    });
    expect(lotOf(r, 'SAR')).toMatchObject({ entries: [], allocatedCents: 0, remainingCents: 160_000 * EUR });

    const refused = await confirm('DIB');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ProblemDetails>().code).toBe('ranking_provisional');
    expect(await setup.db.query(`SELECT count(*)::int AS n FROM award_decisions`)).toEqual([{ n: 0 }]);
  });

  it('refuses an award above the request, not positive or for an application not ranked in the lot', async () => {
    const raised = await confirm('KUK', [{ applicationId: ids.a, awardCents: 36_000 * EUR + 1 }]);
    expect(raised.statusCode).toBe(422);
    expect(raised.json<ProblemDetails>()).toMatchObject({
      code: 'award_above_request',
      errors: [{ field: 'awards.0.awardCents', message: expect.stringContaining('never raised') }],
    });
    const zero = await confirm('KUK', [{ applicationId: ids.b, awardCents: 0 }]);
    expect(zero.statusCode).toBe(422);
    expect(zero.json<ProblemDetails>()).toMatchObject({
      code: 'award_not_positive',
      errors: [{ field: 'awards.0.awardCents' }],
    });
    const elsewhere = await confirm('KUK', [
      { applicationId: ids.a, awardCents: 30_000 * EUR },
      { applicationId: ids.e, awardCents: 30_000 * EUR },
    ]);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json<ProblemDetails>()).toMatchObject({
      code: 'award_unknown_application',
      errors: [{ field: 'awards.1.applicationId' }],
    });
    expect(await setup.db.query(`SELECT count(*)::int AS n FROM award_decisions`)).toEqual([{ n: 0 }]);
  });

  it('shows no result to anyone before publication', async () => {
    const early = await resultOf(ids.a, applicantOf.a);
    expect(early.statusCode).toBe(404);
    expect(early.json<ProblemDetails>().code).toBe('result_not_published');
  });

  it('confirms a reduced award, which lets the next application fit at its rank', async () => {
    const res = await confirm('KUK', [{ applicationId: ids.a, awardCents: 14_000 * EUR }]);
    expect(res.statusCode).toBe(200);
    const kuk = res.json<LotRankingDto>();
    expect(kuk).toMatchObject({ allocatedCents: 50_000 * EUR, remainingCents: 0, stale: false, provisional: false });
    expect(kuk.confirmedAt).not.toBeNull();
    expect(kuk.entries.map((e) => [e.applicationId, e.outcome, e.reserveRank, e.awardCents, e.reduced])).toEqual([
      [ids.a, 'selected', null, 14_000 * EUR, true],
      [ids.b, 'selected', null, 36_000 * EUR, false],
      [ids.c, 'reserve', 1, 12_000 * EUR, false],
    ]);
    expect(
      await setup.db.query(
        `SELECT application_id, outcome, rank, reserve_rank, award_cents::int AS award
           FROM award_decisions ORDER BY rank`,
      ),
    ).toEqual([
      { application_id: ids.a, outcome: 'selected', rank: 1, reserve_rank: null, award: 14_000 * EUR },
      { application_id: ids.b, outcome: 'selected', rank: 2, reserve_rank: null, award: 36_000 * EUR },
      { application_id: ids.c, outcome: 'reserve', rank: 3, reserve_rank: 1, award: 12_000 * EUR },
    ]);
    // The page shows the confirmed awards from now on.
    expect(lotOf(await ranking(), 'KUK')).toMatchObject({ stale: false, allocatedCents: 50_000 * EUR });
  });

  it('refuses publication until every lot with applications is confirmed, naming the lots', async () => {
    const res = await publish();
    expect(res.statusCode).toBe(409);
    const problem = res.json<ProblemDetails>();
    expect(problem.code).toBe('ranking_not_confirmed');
    expect(problem.detail).toContain('TIR, DIB');
    expect(problem.detail).not.toContain('SAR');
  });

  it('marks a confirmed lot stale when its ranking changes, and publication waits for a new confirmation', async () => {
    expect((await confirm('TIR')).statusCode).toBe(200);
    await storeSubmittedSheet(setup.db, assignments.get(ids.f)![1], sheet(PRAG_FULL_APPLICATION_GRID, 4));
    expect((await confirm('DIB')).statusCode).toBe(200);
    // A late correction of one of B's sheets: its consolidated total drops.
    const [first] = assignments.get(ids.b)!;
    await setup.db.query(`DELETE FROM evaluations WHERE assignment_id = $1`, [first.id]);
    await storeSubmittedSheet(
      setup.db,
      first,
      sheet(PRAG_FULL_APPLICATION_GRID, (key) => (key === '1.1' ? 3 : 4)),
    );

    const kuk = lotOf(await ranking(), 'KUK');
    expect(kuk.stale).toBe(true);
    expect(entry(kuk, ids.b).total).toBe(7_950);
    const refused = await publish();
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ProblemDetails>()).toMatchObject({
      code: 'ranking_changed',
      detail: expect.stringContaining('KUK'),
    });

    expect((await confirm('KUK', [{ applicationId: ids.a, awardCents: 14_000 * EUR }])).statusCode).toBe(200);
    expect(lotOf(await ranking(), 'KUK').stale).toBe(false);
  });

  it('publishes: every application gets its outcome, the call is awarded, every CSO that applied is told', async () => {
    const res = await publish();
    expect(res.statusCode).toBe(200);
    const published = res.json<CallRankingDto>();
    expect(published.callStatus).toBe('awarded');
    expect(published.resultsPublishedAt).not.toBeNull();
    expect(lotOf(published, 'KUK').entries.map((e) => e.outcome)).toEqual(['selected', 'selected', 'reserve']);

    const statuses = await setup.db.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM applications WHERE call_id = $1`,
      [setup.call.id],
    );
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [ids.a]: 'selected',
      [ids.b]: 'selected',
      [ids.c]: 'reserve',
      [ids.d]: 'rejected',
      [ids.e]: 'selected',
      [ids.f]: 'selected',
      [ids.g]: 'ineligible',
    });
    expect(
      await setup.db.query(`SELECT status, results_published_at IS NOT NULL AS published FROM calls WHERE id = $1`, [
        setup.call.id,
      ]),
    ).toEqual([{ status: 'awarded', published: true }]);

    const notified = await setup.db.query<{ user_id: string; params: Record<string, unknown>; link: string }[]>(
      `SELECT user_id, params, link FROM notifications WHERE kind = 'evaluation_result'`,
    );
    expect(notified).toHaveLength(7);
    for (const applicant of setup.applicants) {
      const mine = notified.filter((n) => n.user_id === applicant.staff.id);
      expect(mine).toHaveLength(1);
      expect(mine[0].link).toBe(`/applications/${applicant.applicationId}`);
    }
    const paramsOf = (key: keyof typeof ids) => notified.find((n) => n.link === `/applications/${ids[key]}`)!.params;
    expect(paramsOf('a')).toMatchObject({
      outcome: 'selected',
      callReference: setup.call.reference,
      awardSq: '14\u00a0000,00\u00a0€',
      awardEn: '€14,000.00',
    });
    expect(paramsOf('c')).toMatchObject({ outcome: 'reserve', reserveRank: 1 });
    expect(paramsOf('d')).toMatchObject({ outcome: 'rejected' });
    expect(paramsOf('g')).toMatchObject({ outcome: 'ineligible' });
    expect(
      await setup.db.query(
        `SELECT count(*)::int AS n FROM outbox_messages
          WHERE topic = 'email' AND payload->>'kind' = 'evaluation_result'`,
      ),
    ).toEqual([{ n: 7 }]);
  });

  it('refuses a second publication and any confirmation after it', async () => {
    const again = await publish();
    expect(again.statusCode).toBe(409);
    expect(again.json<ProblemDetails>().code).toBe('results_already_published');
    const late = await confirm('KUK');
    expect(late.statusCode).toBe(409);
    expect(late.json<ProblemDetails>().code).toBe('results_already_published');
    expect(
      await setup.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'evaluation_result'`),
    ).toEqual([{ n: 7 }]);
  });

  it('shows the CSO its result with the scores and the comments, evaluators numbered and never named', async () => {
    const res = await resultOf(ids.a, applicantOf.a);
    expect(res.statusCode).toBe(200);
    const result = res.json<ApplicationResultDto>();
    expect(result).toMatchObject({
      applicationId: ids.a,
      outcome: 'selected',
      rank: 1,
      reserveRank: null,
      requestedGrantCents: 36_000 * EUR,
      awardCents: 14_000 * EUR,
      total: 10_000,
      method: 'mean',
      maxScore: 100,
      failures: [],
    });
    expect(result.sections[1]).toMatchObject({
      key: '2',
      title: { sq: 'Rëndësia', en: 'Relevance' },
      score: 3_000,
      maxScore: 30,
      passThreshold: 20,
    });
    expect(result.comments.map((c) => c.evaluator)).toEqual([1, 2]);
    expect(result.comments[0].criteria[0]).toEqual({
      sectionKey: '1',
      criterionKey: '1.1',
      title: PRAG_FULL_APPLICATION_GRID.sections[0].criteria[0].name,
      score: 5,
      maxScore: 5,
      comment: 'Koment për kriterin 1.1.',
    });
    expect(result.comments[0].criteria).toHaveLength(
      PRAG_FULL_APPLICATION_GRID.sections.reduce((n, s) => n + s.criteria.length, 0),
    );
    const json = res.body;
    for (const { user } of setup.evaluators) {
      expect(json).not.toContain(user.id);
      expect(json).not.toContain(user.displayName);
      expect(json).not.toContain(user.email);
    }
    for (const assignment of [...assignments.values()].flat()) expect(json).not.toContain(assignment.id);
  });

  it('shows a rejected CSO the failed threshold, an ineligible one its outcome, the reserve its number', async () => {
    expect((await resultOf(ids.d, applicantOf.d)).json<ApplicationResultDto>()).toMatchObject({
      outcome: 'rejected',
      awardCents: null,
      total: 6_800,
      failures: [{ scope: 'section', sectionKey: '2', threshold: 2_000, score: 1_200 }],
    });
    expect((await resultOf(ids.g, applicantOf.g)).json<ApplicationResultDto>()).toMatchObject({
      outcome: 'ineligible',
      total: null,
      comments: [],
      failures: [],
    });
    expect((await resultOf(ids.c, applicantOf.c)).json<ApplicationResultDto>()).toMatchObject({
      outcome: 'reserve',
      rank: 3,
      reserveRank: 1,
      awardCents: 12_000 * EUR,
    });
  });

  it('shows the result to the programme manager, and to no other CSO', async () => {
    expect((await resultOf(ids.a, setup.manager)).statusCode).toBe(200);
    const stranger = await resultOf(ids.a, applicantOf.b);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json<ProblemDetails>().code).toBe('not_found');
    expect((await resultOf(ids.a, setup.evaluators[0].signedIn)).statusCode).toBe(403);
  });
});
