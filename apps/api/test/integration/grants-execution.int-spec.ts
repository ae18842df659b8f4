import type { BudgetExecutionRowDto, GrantDto } from '@skema/contracts';
import {
  asPerson,
  contractGrant,
  type FinanceOfficer,
  financeOfficers,
  payTranche,
  type PublishedSelection,
  publishedSelection,
  TWELVE_MONTHS,
} from '../utils/grants';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * Budget execution per lot and region and the payment ledger (DESIGN §3, issue 6): envelope, awarded,
 * committed and paid move with contracts and payments; only finance and programme staff read them.
 */
describe('grants: budget execution and ledger', () => {
  let t: TestApp;
  let setup: PublishedSelection;
  let kuk: GrantDto;
  let finance: [FinanceOfficer, FinanceOfficer];

  const execution = async (query = '') => {
    const res = await asPerson(t, finance[0].signedIn)('GET', `/api/budget-execution?callId=${setup.call.id}${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<BudgetExecutionRowDto[]>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    setup = await publishedSelection(t, ['KUK', 'TIR']);
    finance = await financeOfficers(t);
  });
  afterAll(() => t.close());

  it('shows every lot of the call: nothing awarded before contracts', async () => {
    const rows = await execution();
    expect(rows.map((r) => r.regionCode).sort()).toEqual(['DIB', 'KUK', 'SAR', 'TIR']);
    for (const row of rows) {
      expect(row).toMatchObject({ awardedCents: 0, committedCents: 0, paidCents: 0, grants: 0, toPayCents: 0 });
      expect(row.unallocatedCents).toBe(row.envelopeCents);
    }
  });

  it('moves with a contract and a paid pre-financing, per region', async () => {
    kuk = await contractGrant(t, setup, setup.selected[0].applicationId, TWELVE_MONTHS);
    let [row] = await execution('&region=KUK');
    expect(row).toMatchObject({ regionCode: 'KUK', grants: 1, awardedCents: kuk.awardCents, paidCents: 0 });
    expect(row.unallocatedCents).toBe(row.envelopeCents - kuk.awardCents);

    const paid = await payTranche(t, finance, kuk.id, kuk.tranches[0].id);
    [row] = await execution('&region=KUK');
    expect(row).toMatchObject({ committedCents: paid.amountCents, paidCents: paid.amountCents });
    expect(row.toPayCents).toBe(kuk.awardCents - paid.amountCents);
    const [tirana] = await execution('&region=TIR');
    expect(tirana).toMatchObject({ grants: 0, paidCents: 0 });
  });

  it('exports the ledger as CSV in the reader’s language, amounts in EUR', async () => {
    const res = await asPerson(t, finance[1].signedIn, 'sq')('GET', '/api/payments/ledger.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, first, end] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Kontrata,Organizata,Rajoni,Kësti,Shuma (EUR),Gjendja,Përgatiti,Përgatitur më,Miratoi,Miratuar më,Paguar më,Referenca bankare',
    );
    expect(first).toContain(kuk.contractNumber);
    expect(first).toContain(`${(kuk.tranches[0].plannedCents / 100).toFixed(2)},paid`);
    expect(end).toBe('');
  });

  it('is for finance and programme staff only', async () => {
    const applicant = setup.selected[0].signedIn;
    expect((await asPerson(t, applicant)('GET', '/api/budget-execution')).statusCode).toBe(403);
    expect((await asPerson(t, applicant)('GET', '/api/payments/ledger.csv')).statusCode).toBe(403);
    expect((await asPerson(t, setup.manager)('GET', '/api/budget-execution')).statusCode).toBe(200);
    expect((await asPerson(t, finance[0].signedIn)('GET', '/api/budget-execution?region=XYZ')).statusCode).toBe(400);
  });
});
