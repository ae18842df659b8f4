import { randomUUID } from 'node:crypto';
import type { GrantDto, PaymentDto, ReportKind } from '@skema/contracts';
import { instantToTiraneLocal } from '@skema/domain';
import type { DataSource } from 'typeorm';
import { ApplicationSubmission } from '../../src/app/applications/entities/application-submission.entity';
import { budgetOfSnapshot } from '../../src/app/applications/receipts/receipt-data';
import { AwardDecision } from '../../src/app/evaluation/results/award-decision.entity';
import { GrantReport } from '../../src/app/grants/entities/grant-report.entity';
import type { User } from '../../src/app/users/entities/user.entity';
import { createUser, type SignedInUser, signIn } from './auth';
import { type CallInEvaluation, callInEvaluation, type EvaluationApplicant } from './evaluation';
import type { TestApp } from './test-app';

type Region = EvaluationApplicant['region'];

export interface SelectedApplicant extends EvaluationApplicant {
  awardCents: number;
}

export interface PublishedSelection extends Omit<CallInEvaluation, 'applicants'> {
  selected: SelectedApplicant[];
}

export interface FinanceOfficer {
  user: User;
  signedIn: SignedInUser;
}

/** A 12-month grant: pre-financing (80%) on signature, the balance after the final report. */
export const TWELVE_MONTHS = { startDate: '2027-01-01', endDate: '2027-12-31' } as const;
/** An 18-month grant: pre-financing, one interim tranche after interim report 1, the balance. */
export const EIGHTEEN_MONTHS = { startDate: '2027-01-01', endDate: '2028-06-30' } as const;

/**
 * The demo call with one submitted application per region given (`callInEvaluation`), its results
 * published and every application `selected` with a confirmed award: the request (EUR 36,000 of
 * EUR 40,000 eligible costs, see `COMPLETE_SECTIONS`) unless `awards` says less. The evaluation itself
 * has its own tests, so the decisions and statuses are written directly.
 */
export async function publishedSelection(
  t: TestApp,
  regions: readonly Region[],
  awards: readonly (number | undefined)[] = [],
): Promise<PublishedSelection> {
  const { applicants, ...setup } = await callInEvaluation(t, regions, 0);
  const { db, call, managerUser } = setup;
  const selected: SelectedApplicant[] = [];
  for (const [index, applicant] of applicants.entries()) {
    const submission = await db.getRepository(ApplicationSubmission).findOneByOrFail({
      applicationId: applicant.applicationId,
    });
    const requested = budgetOfSnapshot(submission.snapshot)?.grantRequestedCents ?? 0;
    const awardCents = awards[index] ?? requested;
    const [{ lot_id: lotId }] = await db.query<{ lot_id: string }[]>(`SELECT lot_id FROM applications WHERE id = $1`, [
      applicant.applicationId,
    ]);
    await db.getRepository(AwardDecision).save({
      ...{ applicationId: applicant.applicationId, callId: call.id, lotId, outcome: 'selected' as const },
      ...{ rank: 1, reserveRank: null, requestedGrantCents: requested, awardCents, total: 8000 },
      ...{ confirmedBy: managerUser.id, confirmedAt: new Date() },
    });
    selected.push({ ...applicant, awardCents });
  }
  await db.query(`UPDATE applications SET status = 'selected' WHERE call_id = $1`, [call.id]);
  await db.query(`UPDATE calls SET status = 'awarded', results_published_at = now() WHERE id = $1`, [call.id]);
  return { ...setup, selected };
}

/** Two finance officers (second factor on), signed in: one prepares, the other approves. */
export async function financeOfficers(t: TestApp): Promise<[FinanceOfficer, FinanceOfficer]> {
  const officers: FinanceOfficer[] = [];
  for (let i = 0; i < 2; i++) {
    const user = await createUser(t, { roles: ['finance_officer'] });
    officers.push({ user, signedIn: await signIn(t, user) });
  }
  return [officers[0], officers[1]];
}

/** `t.app.inject` as one person, in one language. */
export function asPerson(t: TestApp, who: SignedInUser, locale: 'sq' | 'en' = 'en') {
  return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { ...who.headers, 'accept-language': locale },
      ...(payload ? { payload } : {}),
    });
}

/** Contracts a selected application through the API (the programme manager), failing loudly. */
export async function contractGrant(
  t: TestApp,
  setup: Pick<PublishedSelection, 'manager'>,
  applicationId: string,
  dates: { startDate: string; endDate: string } = TWELVE_MONTHS,
): Promise<GrantDto> {
  const res = await asPerson(t, setup.manager)('POST', `/api/applications/${applicationId}/grant`, dates);
  if (res.statusCode !== 201) throw new Error(`contract failed: ${res.statusCode} ${res.body}`);
  return res.json<GrantDto>();
}

/** Prepares (first officer), approves (second) and marks paid a tranche's payment through the API. */
export async function payTranche(
  t: TestApp,
  [preparer, approver]: readonly [FinanceOfficer, FinanceOfficer],
  grantId: string,
  trancheId: string,
): Promise<PaymentDto> {
  const prepared = await asPerson(t, preparer.signedIn)(
    'POST',
    `/api/grants/${grantId}/tranches/${trancheId}/payments`,
    {
      idempotencyKey: randomUUID(),
    },
  );
  if (prepared.statusCode !== 201) throw new Error(`prepare failed: ${prepared.statusCode} ${prepared.body}`);
  const id = prepared.json<PaymentDto>().id;
  const approved = await asPerson(t, approver.signedIn)('POST', `/api/payments/${id}/approve`);
  if (approved.statusCode !== 200) throw new Error(`approve failed: ${approved.statusCode} ${approved.body}`);
  const paid = await asPerson(t, preparer.signedIn)('POST', `/api/payments/${id}/paid`, {
    bankReference: `BKT-${id.slice(0, 8)}`,
    paidOn: tiraneToday(),
  });
  if (paid.statusCode !== 200) throw new Error(`paid failed: ${paid.statusCode} ${paid.body}`);
  return paid.json<PaymentDto>();
}

/**
 * Marks a grantee report approved with the eligible costs spent in its own period, written directly
 * (for payment tests; the reports' workflow has its own).
 */
export async function approveReport(
  db: DataSource,
  grantId: string,
  kind: ReportKind,
  sequence: number,
  spentCents: number,
  approvedBy: string,
): Promise<void> {
  const repo = db.getRepository(GrantReport);
  const report = await repo.findOneByOrFail({ grantId, kind, sequence });
  await repo.save(
    Object.assign(report, {
      status: 'approved' as const,
      spentCents,
      submittedAt: new Date(),
      approvedAt: new Date(),
      approvedBy,
    }),
  );
}

/** Today in Tirana, `YYYY-MM-DD` (what a finance officer types as the transfer's date). */
export const tiraneToday = () => instantToTiraneLocal(new Date()).slice(0, 10);
