import { randomUUID } from 'node:crypto';
import type { GrantDto, Page, PaymentDto, ProblemDetails } from '@skema/contracts';
import type { PaymentDueDto } from '../../src/app/grants/dto/payment-due.dto';
import {
  approveReport,
  asPerson,
  contractGrant,
  EIGHTEEN_MONTHS,
  type FinanceOfficer,
  financeOfficers,
  payTranche,
  type PublishedSelection,
  publishedSelection,
  tiraneToday,
  TWELVE_MONTHS,
} from '../utils/grants';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/**
 * Payments of tranches (DESIGN §3 Payment, issue 6) one request at a time: four eyes, idempotency,
 * the tranche conditions with their reasons, paying, rejecting, and who may do what. KUK has a
 * 12-month grant (pre-financing EUR 28,800, balance), TIR an 18-month one (EUR 19,200, interim
 * EUR 9,600, balance); each award is EUR 36,000 of EUR 40,000 eligible costs (90%).
 */
describe('grants: payments', () => {
  let t: TestApp;
  let setup: PublishedSelection;
  let kuk: GrantDto;
  let tir: GrantDto;
  let finance1: FinanceOfficer;
  let finance2: FinanceOfficer;
  let prefinancing: PaymentDto;
  let interim: PaymentDto;

  const as = (who: FinanceOfficer, locale: 'sq' | 'en' = 'en') => asPerson(t, who.signedIn, locale);
  const grant = async (id: string) => (await asPerson(t, setup.manager)('GET', `/api/grants/${id}`)).json<GrantDto>();
  const prepare = (
    who: FinanceOfficer,
    g: GrantDto,
    sequence: number,
    key = randomUUID(),
    locale: 'sq' | 'en' = 'en',
  ) =>
    as(who, locale)('POST', `/api/grants/${g.id}/tranches/${g.tranches[sequence - 1].id}/payments`, {
      idempotencyKey: key,
    });

  beforeAll(async () => {
    t = await createTestApp();
    setup = await publishedSelection(t, ['KUK', 'TIR']);
    kuk = await contractGrant(t, setup, setup.selected[0].applicationId, TWELVE_MONTHS);
    tir = await contractGrant(t, setup, setup.selected[1].applicationId, EIGHTEEN_MONTHS);
    [finance1, finance2] = await financeOfficers(t);
  });
  afterAll(() => t.close());

  it('pre-financing: prepared by one officer, approved by another, paid; the grant is in implementation', async () => {
    const key = randomUUID();
    const prepared = await prepare(finance1, kuk, 1, key);
    expect(prepared.statusCode).toBe(201);
    prefinancing = prepared.json<PaymentDto>();
    expect(prefinancing).toMatchObject({
      grantId: kuk.id,
      trancheId: kuk.tranches[0].id,
      contractNumber: kuk.contractNumber,
      organisationName: kuk.organisationName,
      amountCents: 28_800 * EUR,
      status: 'requested',
      preparedBy: finance1.user.id,
      preparedByName: finance1.user.displayName,
      approvedBy: null,
    });

    // A retry is the same payment; the key used for another tranche is refused.
    const retried = await prepare(finance1, kuk, 1, key);
    expect(retried.statusCode).toBe(200);
    expect(retried.json<PaymentDto>().id).toBe(prefinancing.id);
    const misused = await prepare(finance1, kuk, 2, key);
    expect(misused.statusCode).toBe(409);
    expect(misused.json<ProblemDetails>().code).toBe('idempotency_key_reused');

    const own = await as(finance1, 'sq')('POST', `/api/payments/${prefinancing.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json<ProblemDetails>()).toMatchObject({
      code: 'four_eyes_required',
      detail: 'Pagesën duhet ta miratojë një zyrtar financiar tjetër: kush e përgatit pagesën nuk mund ta miratojë.',
    });
    expect((await asPerson(t, setup.manager)('POST', `/api/payments/${prefinancing.id}/approve`)).statusCode).toBe(403);

    const approved = await as(finance2)('POST', `/api/payments/${prefinancing.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json<PaymentDto>()).toMatchObject({
      status: 'approved',
      approvedBy: finance2.user.id,
      approvedByName: finance2.user.displayName,
    });
    expect(await grant(kuk.id)).toMatchObject({ status: 'contracted', committedCents: 28_800 * EUR, paidCents: 0 });

    const tomorrow = new Date(Date.now() + 86_400_000 + 3_600_000 * 2).toISOString().slice(0, 10);
    const future = await as(finance2)('POST', `/api/payments/${prefinancing.id}/paid`, {
      bankReference: 'BKT-2027-0001',
      paidOn: tomorrow,
    });
    expect(future.statusCode).toBe(422);
    expect(future.json<ProblemDetails>().code).toBe('payment_paid_on_invalid');

    const paid = await as(finance2)('POST', `/api/payments/${prefinancing.id}/paid`, {
      bankReference: 'BKT-2027-0001',
      paidOn: tiraneToday(),
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json<PaymentDto>()).toMatchObject({
      status: 'paid',
      bankReference: 'BKT-2027-0001',
      paidOn: tiraneToday(),
      regionCode: 'KUK',
      trancheSequence: 1,
      trancheKind: 'pre_financing',
    });
    const after = await grant(kuk.id);
    expect(after).toMatchObject({ status: 'in_implementation', committedCents: 28_800 * EUR, paidCents: 28_800 * EUR });
    expect(after.tranches[0]).toMatchObject({
      paidCents: 28_800 * EUR,
      payable: false,
      blocks: ['already_paid'],
      payment: { id: prefinancing.id, status: 'paid' },
    });
    expect(after.tranches[1].blocks).toEqual(['final_report_missing']);

    const bodies = {
      approve: undefined,
      paid: { bankReference: 'BKT-2027-0002', paidOn: tiraneToday() },
      reject: { reason: 'Gabim.' },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await as(finance2)('POST', `/api/payments/${prefinancing.id}/${action}`, body);
      expect([action, res.statusCode, res.json<ProblemDetails>().code]).toEqual([action, 409, 'illegal_transition']);
    }
    const log = await setup.db.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity = 'payments' AND entity_id = $1 ORDER BY id`,
      [prefinancing.id],
    );
    expect(log.map((e) => e.action)).toEqual(['insert', 'update', 'update']);
  });

  it('refuses the balance until the final report is approved, then pays the eligible costs spent', async () => {
    const early = await prepare(finance1, kuk, 2, randomUUID(), 'sq');
    expect(early.statusCode).toBe(409);
    expect(early.json<ProblemDetails>()).toMatchObject({
      code: 'tranche_not_payable',
      detail: 'Ky këst nuk mund të paguhet ende. Arsyet janë më poshtë.',
      errors: [
        {
          field: 'blocks.final_report_missing',
          message: 'Mungon raporti përfundimtar i miratuar: kësti përfundimtar paguhet pasi ai të miratohet.',
        },
      ],
    });
    expect(await setup.db.query(`SELECT 1 FROM payments WHERE tranche_id = $1`, [kuk.tranches[1].id])).toEqual([]);

    // EUR 35,000 of eligible costs spent: the grant's 90% is EUR 31,500, of which EUR 28,800 is paid.
    await approveReport(setup.db, kuk.id, 'final', 1, 35_000 * EUR, setup.managerUser.id);
    expect((await grant(kuk.id)).tranches[1]).toMatchObject({ payable: true, blocks: [], payableCents: 2_700 * EUR });
    const balance = await prepare(finance1, kuk, 2);
    expect(balance.statusCode).toBe(201);
    expect(balance.json<PaymentDto>().amountCents).toBe(2_700 * EUR);
  });

  it('releases an interim tranche only when the interim report shows 70% of the pre-financing spent', async () => {
    await payTranche(t, [finance1, finance2], tir.id, tir.tranches[0].id);
    // EUR 10,000 spent: the grant funded EUR 9,000, less than 70% of EUR 19,200 (EUR 13,440).
    await approveReport(setup.db, tir.id, 'interim', 1, 10_000 * EUR, setup.managerUser.id);
    const underspent = await prepare(finance1, tir, 2);
    expect(underspent.statusCode).toBe(409);
    expect(underspent.json<ProblemDetails>().errors).toEqual([
      {
        field: 'blocks.interim_report_underspent',
        message: 'The approved interim report shows less than 70% of the previous tranche spent.',
      },
    ]);
    const noneDue = (await as(finance1)('GET', '/api/payments/due')).json<Page<PaymentDueDto>>();
    expect(noneDue.items.filter((d) => d.grant.id === tir.id)).toEqual([]);

    // EUR 15,000 spent: EUR 13,500 funded, above the 70%.
    await approveReport(setup.db, tir.id, 'interim', 1, 15_000 * EUR, setup.managerUser.id);
    const due = (await asPerson(t, setup.manager)('GET', '/api/payments/due')).json<Page<PaymentDueDto>>();
    expect(due.items.map((d) => [d.grant.contractNumber, d.tranche.kind, d.tranche.payableCents])).toEqual([
      [tir.contractNumber, 'interim', 9_600 * EUR],
    ]);
    const prepared = await prepare(finance1, tir, 2);
    expect(prepared.statusCode).toBe(201);
    interim = prepared.json<PaymentDto>();
    expect(interim.amountCents).toBe(9_600 * EUR);
    const after = (await as(finance1)('GET', '/api/payments/due')).json<Page<PaymentDueDto>>();
    expect(after.total).toBe(0);
  });

  it('gives an approved payment’s commitment back when it is rejected, and frees the tranche', async () => {
    expect((await as(finance2)('POST', `/api/payments/${interim.id}/approve`)).statusCode).toBe(200);
    expect((await grant(tir.id)).committedCents).toBe(28_800 * EUR);
    const noReason = await as(finance1)('POST', `/api/payments/${interim.id}/reject`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await as(finance1)('POST', `/api/payments/${interim.id}/reject`, {
      reason: 'IBAN-i i përfituesit është mbyllur.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json<PaymentDto>()).toMatchObject({
      status: 'rejected',
      rejectedReason: 'IBAN-i i përfituesit është mbyllur.',
    });
    const after = await grant(tir.id);
    expect(after).toMatchObject({ committedCents: 19_200 * EUR, paidCents: 19_200 * EUR });
    expect(after.tranches[1]).toMatchObject({ payable: true, payment: { id: interim.id, status: 'rejected' } });
    const again = await prepare(finance2, tir, 2);
    expect(again.statusCode).toBe(201);
    expect(again.json<PaymentDto>().id).not.toBe(interim.id);
  });

  it('lets finance manage payments, programme managers read them, and grantees see only their grant', async () => {
    const cso = asPerson(t, setup.selected[0].signedIn);
    expect(
      (
        await cso('POST', `/api/grants/${kuk.id}/tranches/${kuk.tranches[1].id}/payments`, {
          idempotencyKey: randomUUID(),
        })
      ).statusCode,
    ).toBe(403);
    expect((await cso('GET', '/api/payments')).statusCode).toBe(403);
    expect((await cso('GET', `/api/payments/${prefinancing.id}`)).statusCode).toBe(403);
    const own = (await cso('GET', `/api/grants/${kuk.id}`)).json<GrantDto>();
    expect(own.tranches[0].payment).toMatchObject({ id: prefinancing.id, status: 'paid' });
    const pm = asPerson(t, setup.manager);
    expect(
      (
        await pm('POST', `/api/grants/${tir.id}/tranches/${tir.tranches[2].id}/payments`, {
          idempotencyKey: randomUUID(),
        })
      ).statusCode,
    ).toBe(403);
    expect((await pm('GET', `/api/payments/${prefinancing.id}`)).json<PaymentDto>().status).toBe('paid');

    const paidInKuk = (await pm('GET', '/api/payments?status=paid&region=KUK')).json<Page<PaymentDto>>();
    expect(paidInKuk.items.map((p) => p.id)).toEqual([prefinancing.id]);
    const ofTir = (await pm('GET', `/api/payments?grantId=${tir.id}&sort=preparedAt`)).json<Page<PaymentDto>>();
    expect(ofTir.items.map((p) => p.status)).toEqual(['paid', 'rejected', 'requested']);
    const all = (await pm('GET', '/api/payments?sort=-amountCents&pageSize=2')).json<Page<PaymentDto>>();
    expect(all).toMatchObject({ total: 5, pageSize: 2 });
    expect(all.items.map((p) => p.amountCents)).toEqual([28_800 * EUR, 19_200 * EUR]);
    const unknown = await as(finance1)('POST', `/api/grants/${kuk.id}/tranches/${tir.tranches[0].id}/payments`, {
      idempotencyKey: randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
  });
});
