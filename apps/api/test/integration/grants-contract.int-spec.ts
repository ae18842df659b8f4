import type { GrantDto, GrantSummaryDto, Page, ProblemDetails } from '@skema/contracts';
import { createUser, signIn } from '../utils/auth';
import {
  asPerson,
  contractGrant,
  EIGHTEEN_MONTHS,
  financeOfficers,
  type PublishedSelection,
  publishedSelection,
  TWELVE_MONTHS,
} from '../utils/grants';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/**
 * Grant contracts made from awards (DESIGN §3 Grant, issue 6): only a selected application of a call
 * whose results are published, once; the award, approved budget, default schedule and contract number;
 * who sees which grant. Demo call, three selected applications (KUK, TIR, DIB) asking EUR 36,000 of
 * EUR 40,000 eligible costs each.
 */
describe('grants: contracts from awards', () => {
  let t: TestApp;
  let setup: PublishedSelection;
  let kuk: GrantDto;
  let tir: GrantDto;
  const ids = { kuk: '', tir: '', dib: '' };
  const pm = () => asPerson(t, setup.manager);

  beforeAll(async () => {
    t = await createTestApp();
    setup = await publishedSelection(t, ['KUK', 'TIR', 'DIB']);
    [ids.kuk, ids.tir, ids.dib] = setup.selected.map((s) => s.applicationId);
  });
  afterAll(() => t.close());

  it('is refused before the results are published, for an application not selected, and for bad dates', async () => {
    await setup.db.query(`UPDATE calls SET results_published_at = NULL WHERE id = $1`, [setup.call.id]);
    const early = await pm()('POST', `/api/applications/${ids.dib}/grant`, TWELVE_MONTHS);
    expect(early.statusCode).toBe(409);
    expect(early.json<ProblemDetails>().code).toBe('grant_results_not_published');
    await setup.db.query(`UPDATE calls SET results_published_at = now() WHERE id = $1`, [setup.call.id]);

    await setup.db.query(`UPDATE applications SET status = 'reserve' WHERE id = $1`, [ids.dib]);
    const reserve = await pm()('POST', `/api/applications/${ids.dib}/grant`, TWELVE_MONTHS);
    expect(reserve.statusCode).toBe(409);
    expect(reserve.json<ProblemDetails>().code).toBe('grant_application_not_selected');
    await setup.db.query(`UPDATE applications SET status = 'selected' WHERE id = $1`, [ids.dib]);

    const backwards = await pm()('POST', `/api/applications/${ids.dib}/grant`, {
      startDate: '2027-06-01',
      endDate: '2027-01-01',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json<ProblemDetails>().code).toBe('grant_dates_invalid');

    // The call allows 6 to 18 months.
    const tooLong = await asPerson(t, setup.manager, 'sq')('POST', `/api/applications/${ids.dib}/grant`, {
      startDate: '2027-01-01',
      endDate: '2028-12-31',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json<ProblemDetails>()).toMatchObject({
      code: 'grant_duration_out_of_bounds',
      detail: 'Kohëzgjatja e grantit (24 muaj) duhet të jetë nga 6 deri në 18 muaj, siç e cakton thirrja.',
    });

    const notADate = await pm()('POST', `/api/applications/${ids.dib}/grant`, {
      startDate: '2027-02-30',
      endDate: '2027-12-31',
    });
    expect(notADate.statusCode).toBe(400);
    expect(await setup.db.query(`SELECT 1 FROM grants`)).toEqual([]);
  });

  it('is the programme manager’s to make', async () => {
    const [finance] = await financeOfficers(t);
    const asApplicant = await asPerson(t, setup.selected[0].signedIn)(
      'POST',
      `/api/applications/${ids.kuk}/grant`,
      TWELVE_MONTHS,
    );
    expect(asApplicant.statusCode).toBe(403);
    const asFinance = await asPerson(t, finance.signedIn)('POST', `/api/applications/${ids.kuk}/grant`, TWELVE_MONTHS);
    expect(asFinance.statusCode).toBe(403);
  });

  it('contracts a 12-month award: number, award, approved budget, pre-financing and balance, once', async () => {
    kuk = await contractGrant(t, setup, ids.kuk, TWELVE_MONTHS);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(new Date());
    expect(kuk).toMatchObject({
      contractNumber: `SK-G-${year}-KUK-001`,
      applicationId: ids.kuk,
      status: 'contracted',
      regionCode: 'KUK',
      callReference: setup.call.reference,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      durationMonths: 12,
      awardCents: 36_000 * EUR,
      committedCents: 0,
      paidCents: 0,
      version: 1,
    });
    expect(kuk.budget).toEqual([
      expect.objectContaining({ key: '0', approvedCents: 24_000 * EUR, spentCents: 0, remainingCents: 24_000 * EUR }),
      expect.objectContaining({ key: '1', approvedCents: 16_000 * EUR, spentCents: 0, remainingCents: 16_000 * EUR }),
    ]);
    expect(
      kuk.tranches.map(({ sequence, kind, plannedCents, payable, blocks, payableCents, reportDueOn }) => ({
        ...{ sequence, kind, plannedCents, payable, blocks, payableCents, reportDueOn },
      })),
    ).toEqual([
      {
        ...{ sequence: 1, kind: 'pre_financing', plannedCents: 28_800 * EUR },
        ...{ payable: true, blocks: [], payableCents: 28_800 * EUR, reportDueOn: null },
      },
      {
        ...{ sequence: 2, kind: 'balance', plannedCents: 7_200 * EUR, payable: false },
        ...{ blocks: ['previous_tranche_unpaid', 'final_report_missing'], payableCents: 0, reportDueOn: '2028-02-29' },
      },
    ]);
    const [application] = await setup.db.query(`SELECT status FROM applications WHERE id = $1`, [ids.kuk]);
    expect(application.status).toBe('contracted');
    expect(
      await setup.db.query(`SELECT kind, sequence, due_on::text, status FROM grant_reports WHERE grant_id = $1`, [
        kuk.id,
      ]),
    ).toEqual([{ kind: 'final', sequence: 1, due_on: '2028-02-29', status: 'draft' }]);

    const again = await asPerson(t, setup.manager, 'sq')('POST', `/api/applications/${ids.kuk}/grant`, TWELVE_MONTHS);
    expect(again.statusCode).toBe(409);
    expect(again.json<ProblemDetails>()).toMatchObject({
      code: 'grant_exists',
      detail: `Ky aplikim ka tashmë një kontratë granti (${kuk.contractNumber}).`,
    });
    const audited = await setup.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'grants' AND entity_id = $1`,
      [kuk.id],
    );
    expect(audited[0].n).toBe(1);
  });

  it('contracts an 18-month award with an interim tranche released by interim report 1', async () => {
    tir = await contractGrant(t, setup, ids.tir, EIGHTEEN_MONTHS);
    expect(tir.contractNumber).toMatch(/^SK-G-\d{4}-TIR-001$/);
    expect(tir.tranches.map((tr) => [tr.kind, tr.plannedCents, tr.reportDueOn, tr.blocks])).toEqual([
      ['pre_financing', 19_200 * EUR, null, []],
      ['interim', 9_600 * EUR, '2028-02-29', ['previous_tranche_unpaid', 'interim_report_missing']],
      ['balance', 7_200 * EUR, '2028-08-29', ['previous_tranche_unpaid', 'final_report_missing']],
    ]);
  });

  it('shows a CSO its own grants only; staff see every grant, filtered and sorted', async () => {
    const [kukCso, tirCso] = setup.selected.map((s) => asPerson(t, s.signedIn));
    expect((await kukCso('GET', `/api/grants/${kuk.id}`)).json<GrantDto>().contractNumber).toBe(kuk.contractNumber);
    const foreign = await tirCso('GET', `/api/grants/${kuk.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await kukCso('GET', `/api/grants/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    const own = (await kukCso('GET', '/api/grants')).json<Page<GrantSummaryDto>>();
    expect(own.items.map((g) => g.id)).toEqual([kuk.id]);
    expect(own.total).toBe(1);

    const staff = await pm()('GET', '/api/grants?sort=contractNumber');
    expect(staff.json<Page<GrantSummaryDto>>().items.map((g) => g.id)).toEqual([kuk.id, tir.id]);
    const [finance] = await financeOfficers(t);
    const asFinance = asPerson(t, finance.signedIn);
    expect((await asFinance('GET', `/api/grants/${tir.id}`)).statusCode).toBe(200);
    const byRegion = (await asFinance('GET', '/api/grants?region=TIR')).json<Page<GrantSummaryDto>>();
    expect(byRegion.items.map((g) => g.id)).toEqual([tir.id]);
    const byNumber = (await asFinance('GET', `/api/grants?q=${kuk.contractNumber.toLowerCase()}`)).json<
      Page<GrantSummaryDto>
    >();
    expect(byNumber.items.map((g) => g.id)).toEqual([kuk.id]);
    const byStatus = (await asFinance('GET', `/api/grants?status=in_implementation&callId=${setup.call.id}`)).json<
      Page<GrantSummaryDto>
    >();
    expect(byStatus.total).toBe(0);
    const paged = (await asFinance('GET', '/api/grants?sort=-contractNumber&pageSize=1&page=2')).json<
      Page<GrantSummaryDto>
    >();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: kuk.id }] });

    const evaluator = await signIn(t, await createUser(t, { roles: ['evaluator'] }));
    expect((await asPerson(t, evaluator)('GET', '/api/grants')).statusCode).toBe(403);
    expect((await asPerson(t, evaluator)('GET', `/api/grants/${kuk.id}`)).statusCode).toBe(403);
  });
});
