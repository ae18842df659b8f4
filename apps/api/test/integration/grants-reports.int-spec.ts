import { randomUUID } from 'node:crypto';
import type { GrantDto, ProblemDetails } from '@skema/contracts';
import type { GrantReportDto } from '../../src/app/grants/dto/grant-report.dto';
import {
  asPerson,
  contractGrant,
  EIGHTEEN_MONTHS,
  type FinanceOfficer,
  financeOfficers,
  payTranche,
  type PublishedSelection,
  publishedSelection,
} from '../utils/grants';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/**
 * Grantee reports (DESIGN §3 Grantee reports): the grantee drafts and submits, the programme manager
 * returns or approves, and the approved interim report releases the interim tranche. TIR holds an
 * 18-month grant (pre-financing EUR 19,200 paid; interim EUR 9,600 after interim report 1); KUK's CSO
 * is another grantee.
 */
describe('grants: grantee reports', () => {
  let t: TestApp;
  let setup: PublishedSelection;
  let tir: GrantDto;
  let finance1: FinanceOfficer;
  let finance2: FinanceOfficer;
  let interim: GrantReportDto;
  let final: GrantReportDto;

  const grantee = (locale: 'sq' | 'en' = 'en') => asPerson(t, setup.selected[0].signedIn, locale);
  const pm = () => asPerson(t, setup.manager);
  const reportUrl = (report: GrantReportDto, action = '') =>
    `/api/grants/${tir.id}/reports/${report.id}${action ? `/${action}` : ''}`;
  const draft = (version: number, spent: [number, number]) => ({
    version,
    narrative: { activities: 'U formuan 32 gra në dy kurse.', results: '12 gra u punësuan.' },
    expenditure: [
      { lineKey: '0', spentCents: spent[0] },
      { lineKey: '1', spentCents: spent[1] },
    ],
  });
  const prepareInterim = () =>
    asPerson(t, finance1.signedIn)('POST', `/api/grants/${tir.id}/tranches/${tir.tranches[1].id}/payments`, {
      idempotencyKey: randomUUID(),
    });

  beforeAll(async () => {
    t = await createTestApp();
    setup = await publishedSelection(t, ['TIR', 'KUK']);
    tir = await contractGrant(t, setup, setup.selected[0].applicationId, EIGHTEEN_MONTHS);
    await contractGrant(t, setup, setup.selected[1].applicationId);
    [finance1, finance2] = await financeOfficers(t);
    await payTranche(t, [finance1, finance2], tir.id, tir.tranches[0].id);
  });
  afterAll(() => t.close());

  it('lists the scheduled reports to the grantee and staff, and to no other CSO', async () => {
    const reports = (await grantee()('GET', `/api/grants/${tir.id}/reports`)).json<GrantReportDto[]>();
    expect(
      reports.map(({ kind, sequence, periodStart, periodEnd, dueOn, status, version }) => ({
        ...{ kind, sequence, periodStart, periodEnd, dueOn, status, version },
      })),
    ).toEqual([
      {
        ...{ kind: 'interim', sequence: 1, periodStart: '2027-01-01', periodEnd: '2027-12-31' },
        ...{ dueOn: '2028-02-29', status: 'draft', version: 1 },
      },
      {
        ...{ kind: 'final', sequence: 1, periodStart: '2028-01-01', periodEnd: '2028-06-30' },
        ...{ dueOn: '2028-08-29', status: 'draft', version: 1 },
      },
    ]);
    [interim, final] = reports;
    expect((await pm()('GET', `/api/grants/${tir.id}/reports`)).statusCode).toBe(200);
    const other = asPerson(t, setup.selected[1].signedIn);
    expect((await other('GET', `/api/grants/${tir.id}/reports`)).statusCode).toBe(404);
    expect((await other('PUT', reportUrl(interim), draft(1, [1, 1]))).statusCode).toBe(404);
  });

  it('lets only the grantee write a report, with the version it read and lines of its budget', async () => {
    expect((await pm()('PUT', reportUrl(interim), draft(1, [1, 1]))).statusCode).toBe(403);
    expect((await asPerson(t, finance1.signedIn)('PUT', reportUrl(interim), draft(1, [1, 1]))).statusCode).toBe(403);

    const saved = await grantee()('PUT', reportUrl(interim), draft(1, [6_000 * EUR, 4_000 * EUR]));
    expect(saved.statusCode).toBe(200);
    expect(saved.json<GrantReportDto>()).toMatchObject({ status: 'draft', version: 2, spentCents: 10_000 * EUR });

    const stale = await grantee()('PUT', reportUrl(interim), draft(1, [1, 1]));
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ProblemDetails>().code).toBe('report_stale_version');

    const wrongLines = await grantee('sq')('PUT', reportUrl(interim), {
      ...draft(2, [1, 1]),
      expenditure: [
        { lineKey: '0', spentCents: 1 },
        { lineKey: '7', spentCents: 1 },
        { lineKey: '0', spentCents: 1 },
      ],
    });
    expect(wrongLines.statusCode).toBe(422);
    expect(wrongLines.json<ProblemDetails>()).toMatchObject({
      code: 'report_expenditure_invalid',
      errors: [
        { field: 'expenditure.1.lineKey', message: 'Ky zë buxhetor nuk është në buxhetin e miratuar të grantit.' },
        { field: 'expenditure.2.lineKey', message: 'Ky zë buxhetor është shënuar më shumë se një herë.' },
      ],
    });
    const negative = await grantee()('PUT', reportUrl(interim), { ...draft(2, [-1, 1]) });
    expect(negative.statusCode).toBe(400);

    const empty = await grantee()('POST', reportUrl(final, 'submit'));
    expect(empty.statusCode).toBe(422);
    expect(empty.json<ProblemDetails>().code).toBe('report_incomplete');
  });

  it('goes back to the grantee with comments, and releases the interim tranche once approved', async () => {
    const submitted = await grantee()('POST', reportUrl(interim, 'submit'));
    expect(submitted.json<GrantReportDto>()).toMatchObject({ status: 'submitted', version: 3 });
    expect((await grantee()('PUT', reportUrl(interim), draft(3, [1, 1]))).json<ProblemDetails>().code).toBe(
      'report_not_editable',
    );
    expect((await grantee()('POST', reportUrl(interim, 'approve'), {})).statusCode).toBe(403);
    // Submitted is not approved: the tranche still waits.
    const waiting = await prepareInterim();
    expect(waiting.json<ProblemDetails>().errors?.map((e) => e.field)).toEqual(['blocks.interim_report_missing']);

    const bare = await asPerson(t, setup.manager, 'sq')('POST', reportUrl(interim, 'return'), {});
    expect(bare.statusCode).toBe(422);
    expect(bare.json<ProblemDetails>().code).toBe('report_comments_required');
    const returned = await pm()('POST', reportUrl(interim, 'return'), {
      comments: 'Shpenzimet e kurseve duhen ndarë sipas faturave.',
    });
    expect(returned.json<GrantReportDto>()).toMatchObject({
      status: 'returned',
      comments: 'Shpenzimet e kurseve duhen ndarë sipas faturave.',
    });

    // EUR 15,000 spent: the grant funded EUR 13,500, above 70% of the EUR 19,200 pre-financing.
    const corrected = await grantee()('PUT', reportUrl(interim), draft(4, [9_000 * EUR, 6_000 * EUR]));
    expect(corrected.json<GrantReportDto>()).toMatchObject({ status: 'returned', version: 5 });
    expect((await grantee()('POST', reportUrl(interim, 'submit'))).statusCode).toBe(200);
    const approved = await pm()('POST', reportUrl(interim, 'approve'), { comments: 'Në rregull.' });
    expect(approved.json<GrantReportDto>()).toMatchObject({ status: 'approved', spentCents: 15_000 * EUR });
    const twice = await pm()('POST', reportUrl(interim, 'approve'), {});
    expect(twice.json<ProblemDetails>().code).toBe('illegal_transition');

    const after = (await grantee()('GET', `/api/grants/${tir.id}`)).json<GrantDto>();
    expect(after.budget.map((l) => [l.key, l.spentCents, l.remainingCents])).toEqual([
      ['0', 9_000 * EUR, 15_000 * EUR],
      ['1', 6_000 * EUR, 10_000 * EUR],
    ]);
    expect(after.tranches[1]).toMatchObject({ payable: true, payableCents: 9_600 * EUR });
    const prepared = await prepareInterim();
    expect(prepared.statusCode).toBe(201);
  });
});
