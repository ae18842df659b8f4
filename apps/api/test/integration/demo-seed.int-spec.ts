import { createHash } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type ApplicationDto,
  type EligibilityCheckDto,
  type Page,
  type ApplicationSummaryDto,
  PRAG_FULL_APPLICATION_GRID,
} from '@skema/contracts';
import { instantToTiraneLocal } from '@skema/domain';
import { verify } from 'argon2';
import { generate } from 'otplib';
import type { DataSource } from 'typeorm';
import { grantRequestedCents, type BudgetLineContent } from '../../src/app/applications/application-checklist';
import { ApplicationSubmissionService } from '../../src/app/applications/application-submission.service';
import { ApplicationSubmission } from '../../src/app/applications/entities/application-submission.entity';
import { Application } from '../../src/app/applications/entities/application.entity';
import { canonicalJson } from '../../src/app/audit/audit-hash';
import { Call } from '../../src/app/calls/entities/call.entity';
import { User } from '../../src/app/users/entities/user.entity';
import { FileStorage } from '../../src/common/storage/file-storage';
import { AppConfig } from '../../src/config/app-config.service';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/database/seeds/demo-data';
import { demoEvaluationCallReference } from '../../src/database/seeds/demo-evaluation-call';
import { seedDemoData } from '../../src/database/seeds/demo-seed';
import { completeDraft } from '../utils/applications';
import { asApplicant } from '../utils/evaluation';
import { createTestApp, type TestApp } from '../utils/test-app';

const TABLES = [
  'users',
  'organisations',
  'calls',
  'call_lots',
  'applications',
  'application_sections',
  'application_revisions',
  'application_attachments',
  'application_submissions',
  'reference_counters',
  'outbox_messages',
  'audit_log',
];

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('demo seed', () => {
  let t: TestApp;
  let db: DataSource;
  let storage: FileStorage;
  let key: string;
  const now = new Date();
  const year = demoEvaluationCallReference(now).slice(3, 7);

  const counts = async () => {
    const rows = await db.query<{ n: number }[]>(
      TABLES.map((table) => `SELECT count(*)::int AS n FROM ${table}`).join(' UNION ALL '),
    );
    return rows.map((r) => r.n);
  };
  const closedCall = () =>
    db.getRepository(Call).findOneOrFail({ where: { reference: `SK-${year}-02` }, relations: { lots: true } });
  const signInDemo = async (email: string, otp?: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: DEMO_PASSWORD, otp },
    });
    expect(res.statusCode).toBe(200);
    return { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` };
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    storage = t.app.get(FileStorage);
    // The demo TOTP seed is encrypted with the key the API decrypts it with.
    key = t.app.get(AppConfig).get('DATA_ENCRYPTION_KEY');
  });
  afterAll(() => t.close());

  it('fills an empty database once, with one account per role and the CSOs of the field', async () => {
    expect(await seedDemoData(db, key, storage, now)).toEqual({ seeded: true, organisations: 10, users: 12 });
    const before = await counts();
    expect(await seedDemoData(db, key, storage, now)).toEqual({ seeded: false, organisations: 0, users: 0 });
    expect(await counts()).toEqual(before);
    const roles = await db.query<{ role: string }[]>(`SELECT DISTINCT role FROM user_roles ORDER BY role`);
    expect(roles.map((r) => r.role)).toEqual([
      'admin',
      'applicant',
      'evaluator',
      'finance_officer',
      'programme_manager',
      'reporting_officer',
    ]);
    const applicant = await db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organisation', 'o')
      .leftJoinAndSelect('o.regions', 'r')
      .where('u.email = :email', { email: 'applicant@vma-kukes.test' })
      .getOneOrFail();
    expect(applicant.organisation?.legalName).toBe('Shoqata e Viktimave të Minave dhe Armëve');
    expect(applicant.organisation?.regions.map((r) => r.code)).toEqual(['KUK']);
    expect(applicant.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verify(applicant.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('leaves the open call as it was: published, deadline ahead, no application', async () => {
    const open = await db
      .getRepository(Call)
      .findOneOrFail({ where: { reference: `SK-${year}-01` }, relations: { lots: true } });
    expect(open.status).toBe('published');
    expect(open.deadline.getTime()).toBeGreaterThan(now.getTime());
    expect(open.lots.map((l) => l.regionCode).sort()).toEqual(['DIB', 'KUK', 'SAR', 'TIR']);
    expect(await db.getRepository(Application).countBy({ callId: open.id })).toBe(0);
  });

  it('gives a closed call to evaluate: PRAG grid, Tirana and Kukës at EUR 60,000, five applications', async () => {
    const call = await closedCall();
    expect(call.status).toBe('closed');
    expect(call.grid).toEqual(PRAG_FULL_APPLICATION_GRID);
    expect(instantToTiraneLocal(call.deadline).slice(11, 16)).toBe('12:00');
    const daysAgo = (now.getTime() - call.deadline.getTime()) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(3);
    expect(daysAgo).toBeLessThan(5);
    expect(call.lots.map((l) => [l.regionCode, l.envelopeCents]).sort()).toEqual([
      ['KUK', 6_000_000],
      ['TIR', 6_000_000],
    ]);

    const rows = await db.query<
      { email: string; acronym: string; region: string; reference: string; status: string }[]
    >(
      `SELECT u.email, o.acronym, l.region_code AS region, a.reference, a.status
         FROM applications a JOIN organisations o ON o.id = a.organisation_id JOIN call_lots l ON l.id = a.lot_id
         JOIN users u ON u.id = a.created_by
        WHERE a.call_id = $1 ORDER BY a.reference`,
      [call.id],
    );
    expect(rows).toEqual([
      {
        email: 'applicant@vma-kukes.test',
        acronym: 'VMA',
        region: 'KUK',
        reference: `SK-${year}-KUK-0001`,
        status: 'submitted',
      },
      {
        email: 'applicant@tdh.test',
        acronym: 'Tdh',
        region: 'KUK',
        reference: `SK-${year}-KUK-0002`,
        status: 'submitted',
      },
      {
        email: 'applicant@tendryshem.test',
        acronym: 'D&E',
        region: 'KUK',
        reference: `SK-${year}-KUK-0003`,
        status: 'submitted',
      },
      {
        email: 'applicant@tendryshem.test',
        acronym: 'D&E',
        region: 'TIR',
        reference: `SK-${year}-TIR-0001`,
        status: 'submitted',
      },
      {
        email: 'applicant@qkgv.test',
        acronym: 'QKGV',
        region: 'TIR',
        reference: `SK-${year}-TIR-0002`,
        status: 'submitted',
      },
    ]);
  });

  it('stores each application as the submission service would: complete, hashed, documents readable', async () => {
    const call = await closedCall();
    const submissions = await db.getRepository(ApplicationSubmission).find({
      where: { application: { callId: call.id } },
      relations: { application: true },
    });
    expect(submissions).toHaveLength(5);
    const askedPerLot = new Map<string, number>();
    for (const submission of submissions) {
      const application = submission.application!;
      expect(submission.submittedAt.getTime()).toBeLessThan(call.deadline.getTime());
      expect(application.submittedAt).toEqual(submission.submittedAt);
      expect(await t.app.get(ApplicationSubmissionService).missing(application.id, 'en')).toEqual([]);
      const snapshot = submission.snapshot as unknown as ApplicationDto;
      expect(submission.sha256).toBe(sha256(canonicalJson(snapshot)));
      expect(snapshot).toMatchObject({
        id: application.id,
        status: 'submitted',
        reference: application.reference,
        receipt: null,
      });
      expect(snapshot.sections.every((s) => s.version === 1 && s.content !== null)).toBe(true);
      expect(snapshot.attachments.map((a) => a.requirementKey)).toEqual(call.requiredAttachments.map((r) => r.key));
      const keys = await db.query<{ storage_key: string; sha256: string }[]>(
        `SELECT storage_key, sha256 FROM application_attachments WHERE application_id = $1`,
        [application.id],
      );
      for (const file of keys) expect(sha256(await storage.readBuffer(file.storage_key))).toBe(file.sha256);
      // The receipt is there, as the worker would have left it, so the CSO can download it.
      expect(submission.receiptKey).not.toBeNull();
      const receipt = await storage.readBuffer(submission.receiptKey!);
      expect(receipt.subarray(0, 5).toString()).toBe('%PDF-');
      expect(sha256(receipt)).toBe(submission.receiptSha256);
      const budget = snapshot.sections.find((s) => s.key === 'budget')!.content as { lines: BudgetLineContent[] };
      askedPerLot.set(application.lotId, (askedPerLot.get(application.lotId) ?? 0) + grantRequestedCents(budget.lines));
    }
    // More is asked than each lot holds, so the ranking has an envelope line.
    for (const lot of call.lots) expect(askedPerLot.get(lot.id)).toBeGreaterThan(lot.envelopeCents);
  });

  it('lets the programme manager list them, open their documents and check eligibility', async () => {
    const call = await closedCall();
    const pm = await signInDemo('pm@skema.test', await generate({ secret: DEMO_TOTP_SECRET }));
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/applications?callId=${call.id}&status=submitted`,
      headers: pm,
    });
    expect(list.json<Page<ApplicationSummaryDto>>().total).toBe(5);
    const [first] = list.json<Page<ApplicationSummaryDto>>().items;
    const application = (
      await t.app.inject({ method: 'GET', url: `/api/applications/${first.id}`, headers: pm })
    ).json<ApplicationDto>();
    const budget = application.attachments.find((a) => a.requirementKey === 'budget')!;
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/applications/${application.id}/attachments/${budget.id}/content`,
      headers: pm,
    });
    expect(file.statusCode).toBe(200);
    expect(sha256(file.rawPayload)).toBe(budget.sha256);
    expect(budget.type).toBe('xlsx');
    const check = await t.app.inject({
      method: 'PUT',
      url: `/api/applications/${application.id}/eligibility`,
      headers: pm,
      payload: { items: call.eligibility.map((item) => ({ key: item.key, passed: true })) },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json<EligibilityCheckDto>()).toMatchObject({ outcome: 'eligible', applicationStatus: 'eligible' });
  });

  it('numbers the next submission to the open call after the closed call’s references in the same region', async () => {
    const open = await db.getRepository(Call).findOneByOrFail({ reference: `SK-${year}-01` });
    const vma = await db.getRepository(User).findOneByOrFail({ email: 'applicant@vma-kukes.test' });
    const id = await completeDraft(t, asApplicant(vma), open.id, 'KUK');
    const submitted = await t.app.get(ApplicationSubmissionService).submit(asApplicant(vma), id);
    expect(submitted.reference).toBe(`SK-${year}-KUK-0004`);
  });
});
