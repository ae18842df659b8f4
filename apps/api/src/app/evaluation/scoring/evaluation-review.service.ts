import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationEvaluationDto, ApplicationEvaluationsDto, SaveModerationRequest } from '@skema/contracts';
import { MIN_EVALUATIONS_TO_CONSOLIDATE, moderationProblems } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { AppException } from '../../../common/errors/app.exception';
import { Application } from '../../applications/entities/application.entity';
import { Call } from '../../calls/entities/call.entity';
import { User } from '../../users/entities/user.entity';
import { EvaluationAssignment } from '../assignments/evaluation-assignment.entity';
import { ConsolidationReader, NOTHING_SUBMITTED } from '../consolidation/consolidation.reader';
import { Evaluation } from './evaluation.entity';
import { assertEvaluationOpen, gridOf, markEvaluatedIfConsolidated } from './evaluation-state';
import { moderationRequestProblems, translateModerationProblems } from './moderation-rules';
import { Moderation } from './moderation.entity';

/**
 * The programme manager's view of one application's evaluation (DESIGN §3, decision 0015): every
 * assignment with the evaluator's name and sheet, the consolidation as the reader computes it, and the
 * committee's moderation, which replaces the mean and is final. Only programme managers reach this
 * (`evaluation.manage`): evaluators never see each other's scores.
 */
@Injectable()
export class EvaluationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consolidation: ConsolidationReader,
  ) {}

  async view(
    applicationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApplicationEvaluationsDto> {
    const application = await manager.findOneOrFail(Application, {
      where: { id: applicationId },
      relations: { call: true, lot: true, organisation: true },
    });
    const call = application.call as NonNullable<Application['call']>;
    const assignments = await manager
      .getRepository(EvaluationAssignment)
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.evaluator', 'evaluator')
      .where('assignment.application_id = :applicationId', { applicationId })
      .orderBy('assignment.assigned_at', 'ASC')
      .addOrderBy('evaluator.display_name', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany();
    const sheets = new Map(
      (await manager.findBy(Evaluation, { applicationId })).map((sheet) => [sheet.assignmentId, sheet]),
    );
    const moderation = await manager.findOneBy(Moderation, { applicationId });
    const moderator = moderation && (await manager.findOneBy(User, { id: moderation.moderatedBy }));
    return {
      applicationId,
      applicationReference: application.reference,
      organisationName: application.organisation?.legalName ?? '',
      lotRegionCode: application.lot?.regionCode ?? '',
      status: application.status,
      grid: gridOf(call),
      divergenceGapBp: call.divergenceGapBp,
      evaluations: assignments.map((assignment) => toEvaluationDto(assignment, sheets.get(assignment.id))),
      consolidation: (await this.consolidation.one(manager, call, applicationId)) ?? NOTHING_SUBMITTED,
      moderation: moderation && {
        sectionScores: moderation.sectionScores,
        total: moderation.total,
        note: moderation.note,
        moderatedBy: moderation.moderatedBy,
        moderatedByName: moderator?.displayName ?? '',
        moderatedAt: moderation.moderatedAt.toISOString(),
      },
    };
  }

  /**
   * Records (or corrects) the committee's agreed section scores. Needs two submitted evaluations
   * (`moderation_not_open`), refused once the results are published (`evaluation_closed`); the
   * application then consolidates by moderation and becomes `evaluated`, in the same transaction.
   */
  async moderate(
    user: AuthenticatedUser,
    applicationId: string,
    request: SaveModerationRequest,
    now = new Date(),
  ): Promise<ApplicationEvaluationsDto> {
    return this.dataSource.transaction(async (manager) => {
      // Locked like a submission, so a sheet submitted meanwhile cannot slip past the count below.
      const application = await manager.findOneOrFail(Application, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      const call = await manager.findOneByOrFail(Call, { id: application.callId });
      const grid = gridOf(call);
      assertEvaluationOpen(call, application);
      const problems = moderationRequestProblems(grid, request);
      if (problems.length > 0) {
        throw new AppException('moderation_invalid', HttpStatus.BAD_REQUEST, {}, (locale) =>
          translateModerationProblems(grid, problems, locale),
        );
      }
      const sectionScores = Object.fromEntries(grid.sections.map((s) => [s.key, request.sectionScores[s.key]]));
      // The domain's rule, which the per-field check above tells in words: they can only disagree by a bug.
      const invariant = moderationProblems(grid, { sectionScores });
      if (invariant.length > 0) throw new Error(`moderation checked but malformed: ${invariant.join('; ')}`);
      const before = await this.consolidation.one(manager, call, applicationId);
      if ((before?.submittedCount ?? 0) < MIN_EVALUATIONS_TO_CONSOLIDATE) {
        throw new AppException('moderation_not_open', HttpStatus.CONFLICT);
      }
      const existing = await manager.findOne(Moderation, {
        where: { applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      const moderation = existing ?? manager.create(Moderation, { applicationId });
      moderation.sectionScores = sectionScores;
      moderation.total = Object.values(sectionScores).reduce((sum, score) => sum + score, 0);
      moderation.note = request.note.trim();
      moderation.moderatedBy = user.id;
      moderation.moderatedAt = now;
      await manager.save(moderation);
      const after = await this.consolidation.one(manager, call, applicationId);
      await markEvaluatedIfConsolidated(manager, application, after);
      return this.view(applicationId, manager);
    });
  }
}

/** One assignment as the programme manager sees it; a conflict keeps its sheet visible but uncounted. */
function toEvaluationDto(assignment: EvaluationAssignment, sheet: Evaluation | undefined): ApplicationEvaluationDto {
  const state: ApplicationEvaluationDto['state'] =
    assignment.declaration === 'conflict'
      ? 'conflict'
      : assignment.declaration === 'pending'
        ? 'pending_declaration'
        : (sheet?.status ?? 'not_started');
  return {
    assignmentId: assignment.id,
    evaluatorId: assignment.evaluatorId,
    evaluatorName: assignment.evaluator?.displayName ?? '',
    state,
    scores: sheet?.scores ?? [],
    points: sheet ? { sections: sheet.sectionPoints, total: sheet.totalPoints, complete: sheet.complete } : null,
    submittedAt: sheet?.submittedAt?.toISOString() ?? null,
  };
}
