import { getDataSourceToken } from '@nestjs/typeorm';
import { type CriterionScoreDto, type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { evaluationPoints } from '@skema/domain';
import type { DataSource } from 'typeorm';
import { ApplicationSubmissionService } from '../../src/app/applications/application-submission.service';
import { Call } from '../../src/app/calls/entities/call.entity';
import { EvaluationAssignment } from '../../src/app/evaluation/assignments/evaluation-assignment.entity';
import { Evaluation } from '../../src/app/evaluation/scoring/evaluation.entity';
import type { User } from '../../src/app/users/entities/user.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { completeDraft } from './applications';
import { createOrganisation, createUser, type SignedInUser, signIn } from './auth';
import type { TestApp } from './test-app';

type Region = 'TIR' | 'KUK' | 'DIB' | 'SAR';

export interface EvaluationApplicant {
  applicationId: string;
  organisationId: string;
  region: Region;
  staff: User;
  signedIn: SignedInUser;
}

export interface CallInEvaluation {
  call: Call;
  db: DataSource;
  manager: SignedInUser;
  managerUser: User;
  applicants: EvaluationApplicant[];
  evaluators: { user: User; signedIn: SignedInUser }[];
}

/** The staff member as the services see them when signed in. */
export const asApplicant = (staff: User): AuthenticatedUser => ({
  ...{ sessionId: '', locale: 'sq', twoFactorEnabled: false },
  ...{ id: staff.id, email: staff.email, roles: ['applicant'], organisationId: staff.organisationId },
});

/**
 * The demo call (PRAG grid, lots TIR/KUK/DIB/SAR) past its deadline with one submitted application per
 * region given (each from its own CSO, submitted through the service), made `eligible` (the
 * eligibility check has its own tests), plus `evaluatorCount` independent evaluators and a signed-in
 * programme manager. Nothing is assigned yet: call `assignAndSign` or the API.
 */
export async function callInEvaluation(
  t: TestApp,
  regions: readonly Region[],
  evaluatorCount = 3,
): Promise<CallInEvaluation> {
  const db = t.app.get<DataSource>(getDataSourceToken());
  const call = await db.transaction((m) => seedDemoCall(m, new Date(), null));
  const submissions = t.app.get(ApplicationSubmissionService);
  const applicants: EvaluationApplicant[] = [];
  for (const [index, region] of regions.entries()) {
    const organisation = await createOrganisation(t, `Qendra ${index + 1} ${region}`);
    const staff = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    const applicationId = await completeDraft(t, asApplicant(staff), call.id, region);
    await submissions.submit(asApplicant(staff), applicationId);
    applicants.push({
      applicationId,
      organisationId: organisation.id,
      region,
      staff,
      signedIn: await signIn(t, staff),
    });
  }
  // Past the deadline; the eligibility check passed.
  await db.query(
    `UPDATE calls SET deadline = now() - interval '1 day', opens_at = now() - interval '30 days' WHERE id = $1`,
    [call.id],
  );
  await db.query(`UPDATE applications SET status = 'eligible' WHERE call_id = $1 AND status = 'submitted'`, [call.id]);
  const evaluators: CallInEvaluation['evaluators'] = [];
  for (let i = 0; i < evaluatorCount; i++) {
    const user = await createUser(t, { roles: ['evaluator'] });
    evaluators.push({ user, signedIn: await signIn(t, user) });
  }
  const managerUser = await createUser(t, { roles: ['programme_manager'] });
  const manager = await signIn(t, managerUser);
  const fresh = await db.getRepository(Call).findOneByOrFail({ id: call.id });
  return { call: fresh, db, manager, managerUser, applicants, evaluators };
}

/**
 * Runs the automatic plan through the API and signs every declaration directly; returns the
 * assignments per application id.
 */
export async function assignAndSign(t: TestApp, setup: CallInEvaluation): Promise<Map<string, EvaluationAssignment[]>> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/calls/${setup.call.id}/assignments/auto`,
    headers: setup.manager.headers,
  });
  if (res.statusCode !== 200) throw new Error(`assignment plan failed: ${res.statusCode} ${res.body}`);
  await setup.db.query(
    `UPDATE evaluation_assignments SET declaration = 'signed', declared_at = now()
      WHERE application_id IN (SELECT id FROM applications WHERE call_id = $1) AND declaration = 'pending'`,
    [setup.call.id],
  );
  const rows = await setup.db.getRepository(EvaluationAssignment).find({
    where: { application: { callId: setup.call.id } },
    order: { evaluatorId: 'ASC' },
  });
  const byApplication = new Map<string, EvaluationAssignment[]>();
  for (const row of rows) byApplication.set(row.applicationId, [...(byApplication.get(row.applicationId) ?? []), row]);
  return byApplication;
}

/**
 * A full score sheet giving every criterion `score` (clamped to 1..its maximum) with a comment, or
 * per-criterion scores from `pick`.
 */
export function sheet(
  grid: EvaluationGridDto = PRAG_FULL_APPLICATION_GRID,
  pick: number | ((criterionKey: string, max: number) => number) = 4,
): CriterionScoreDto[] {
  return grid.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const wanted = typeof pick === 'number' ? pick : pick(criterion.key, criterion.maxScore);
      return {
        criterionKey: criterion.key,
        score: Math.max(1, Math.min(criterion.maxScore, wanted)),
        comment: `Koment për kriterin ${criterion.key}.`,
      };
    }),
  );
}

/**
 * Stores a submitted sheet for an assignment directly (for tests of consolidation, ranking and
 * results that are not about the scoring API), points worked out by the domain.
 */
export async function storeSubmittedSheet(
  db: DataSource,
  assignment: Pick<EvaluationAssignment, 'id' | 'applicationId' | 'evaluatorId'>,
  scores: CriterionScoreDto[],
  grid: EvaluationGridDto = PRAG_FULL_APPLICATION_GRID,
): Promise<Evaluation> {
  const points = evaluationPoints(grid, scores);
  const repo = db.getRepository(Evaluation);
  return repo.save(
    repo.create({
      assignmentId: assignment.id,
      applicationId: assignment.applicationId,
      evaluatorId: assignment.evaluatorId,
      status: 'submitted',
      scores,
      sectionPoints: points.sections,
      totalPoints: points.total,
      complete: points.complete,
      submittedAt: new Date(),
    }),
  );
}
