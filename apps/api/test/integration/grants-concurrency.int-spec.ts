import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { GrantDto, PaymentDto, ProblemDetails } from '@skema/contracts';
import {
  asPerson,
  contractGrant,
  type FinanceOfficer,
  financeOfficers,
  type PublishedSelection,
  publishedSelection,
} from '../utils/grants';
import { createTestApp, type TestApp } from '../utils/test-app';

const EUR = 100;

/**
 * The money under concurrency (issue 6: "enforced by the database, not by hope"): a double click or a
 * retry storm makes one payment; racing finance officers pay a tranche once; racing approvals never
 * commit more than the award. Requests go through the whole HTTP stack at once (`Promise.all`).
 */
describe('grants: payments under concurrency', () => {
  let t: TestApp;
  let setup: PublishedSelection;
  let grants: GrantDto[];
  let finance1: FinanceOfficer;
  let finance2: FinanceOfficer;
  const prepare = (grant: GrantDto, key: string) =>
    asPerson(t, finance1.signedIn)('POST', `/api/grants/${grant.id}/tranches/${grant.tranches[0].id}/payments`, {
      idempotencyKey: key,
    });
  const paymentsOfTranche = (trancheId: string) =>
    setup.db.query<{ id: string }[]>(`SELECT id FROM payments WHERE tranche_id = $1`, [trancheId]);

  beforeAll(async () => {
    // Hundreds of requests from one address within a minute: the rate limit is not under test here.
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    setup = await publishedSelection(t, ['KUK', 'TIR', 'DIB']);
    grants = [];
    for (const { applicationId } of setup.selected) grants.push(await contractGrant(t, setup, applicationId));
    [finance1, finance2] = await financeOfficers(t);
  });
  afterAll(() => t.close());

  it('100 identical requests (one idempotency key) make one payment, and every answer is that payment', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 100 }, () => prepare(grants[0], key)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(99);
    const ids = new Set(responses.map((r) => r.json<PaymentDto>().id));
    expect(ids.size).toBe(1);
    const rows = await paymentsOfTranche(grants[0].tranches[0].id);
    expect(rows.map((r) => r.id)).toEqual([...ids]);
  });

  it('100 requests with different keys for one tranche make one payment; the rest are told it is taken', async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, () => prepare(grants[1], randomUUID())));
    const created = responses.filter((r) => r.statusCode === 201);
    const refused = responses.filter((r) => r.statusCode === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(99);
    for (const res of refused) {
      expect(res.json<ProblemDetails>()).toMatchObject({
        code: 'tranche_not_payable',
        errors: [expect.objectContaining({ field: 'blocks.already_paid' })],
      });
    }
    const rows = await paymentsOfTranche(grants[1].tranches[0].id);
    expect(rows.map((r) => r.id)).toEqual([created[0].json<PaymentDto>().id]);
  });

  it('50 racing approvals of EUR 1,000 each never commit more than the award of EUR 36,000', async () => {
    const grant = grants[2];
    // 50 tranches, each with a requested payment of EUR 1,000 prepared by finance1: EUR 50,000 in all.
    await setup.db.query(
      `INSERT INTO grant_tranches
              (grant_id, sequence, kind, planned_cents, released_by_report_kind, released_by_report_sequence)
       SELECT $1, 100 + n, 'interim', 100000, 'interim', 100 + n FROM generate_series(1, 50) n`,
      [grant.id],
    );
    const payments = await setup.db.query<{ id: string }[]>(
      `INSERT INTO payments (grant_id, tranche_id, amount_cents, status, idempotency_key, prepared_by, prepared_at)
       SELECT $1, t.id, 100000, 'requested', gen_random_uuid(), $2, now()
         FROM grant_tranches t WHERE t.grant_id = $1 AND t.sequence > 100
       RETURNING id`,
      [grant.id, finance1.user.id],
    );
    expect(payments).toHaveLength(50);

    const approve = asPerson(t, finance2.signedIn);
    const responses = await Promise.all(payments.map((p) => approve('POST', `/api/payments/${p.id}/approve`)));
    const approved = responses.filter((r) => r.statusCode === 200);
    const refused = responses.filter((r) => r.statusCode === 409);
    expect(approved).toHaveLength(36);
    expect(refused).toHaveLength(14);
    for (const res of refused) expect(res.json<ProblemDetails>().code).toBe('award_exceeded');
    const [money] = await setup.db.query<{ committed: string; approved: string; award: string }[]>(
      `SELECT g.committed_cents AS committed, g.award_cents AS award,
              (SELECT sum(amount_cents) FROM payments p
                WHERE p.grant_id = g.id AND p.status IN ('approved', 'paid')) AS approved
         FROM grants g WHERE g.id = $1`,
      [grant.id],
    );
    expect(Number(money.committed)).toBe(36_000 * EUR);
    expect(Number(money.approved)).toBe(36_000 * EUR);
    expect(Number(money.award)).toBe(36_000 * EUR);

    // What a refused finance officer reads, in Albanian: the three amounts in the locale's format.
    const [waiting] = await setup.db.query<{ id: string }[]>(
      `SELECT id FROM payments WHERE grant_id = $1 AND status = 'requested' LIMIT 1`,
      [grant.id],
    );
    const sq = await asPerson(t, finance2.signedIn, 'sq')('POST', `/api/payments/${waiting.id}/approve`);
    expect(sq.statusCode).toBe(409);
    expect(sq.json<ProblemDetails>().errors?.map((e) => e.message.replace(/\s/g, ' '))).toEqual([
      'Granti i dhënë: 36 000,00 €',
      'Të angazhuara (miratuar dhe paguar): 36 000,00 €',
      'Kjo pagesë: 1000,00 €', // Albanian groups digits from five on (CLDR)
    ]);
  });

  it('holds the rules in the database too, whatever a service might forget', async () => {
    const [kuk, tir, dib] = grants;
    // A client of its own: these statements are meant to fail, and the API's logger need not say so.
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    const sql = (text: string, params: unknown[]) => client.query(text, params);
    await expect(sql(`UPDATE grants SET committed_cents = award_cents + 1 WHERE id = $1`, [kuk.id])).rejects.toThrow(
      /grants_committed_within_award/,
    );
    await expect(
      sql(`UPDATE grants SET paid_cents = 1 WHERE id = $1 AND committed_cents = 0`, [tir.id]),
    ).rejects.toThrow(/grants_paid_within_committed/);
    await expect(
      sql(
        `INSERT INTO payments (grant_id, tranche_id, amount_cents, status, idempotency_key, prepared_by, prepared_at)
         VALUES ($1, $2, 100, 'requested', gen_random_uuid(), $3, now())`,
        [kuk.id, kuk.tranches[0].id, finance2.user.id],
      ),
    ).rejects.toThrow(/payments_one_live_per_tranche_key/);
    await expect(
      sql(
        `UPDATE payments SET status = 'approved', approved_by = prepared_by, approved_at = now() WHERE grant_id = $1`,
        [dib.id],
      ),
    ).rejects.toThrow(/payments_four_eyes/);
    await client.end();
  });
});
