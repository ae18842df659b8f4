import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CriterionScoreDto, EvaluationGridDto, EvaluationSheetDto, SaveScoresRequest } from '@skema/contracts';
import { evaluationPoints } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import { Application } from '../../applications/entities/application.entity';
import { CallLot } from '../../calls/entities/call-lot.entity';
import { Call } from '../../calls/entities/call.entity';
import { EvaluationAssignment } from '../assignments/evaluation-assignment.entity';
import { ConsolidationReader } from '../consolidation/consolidation.reader';
import { Evaluation } from './evaluation.entity';
import { assertEvaluationOpen, gridOf, markEvaluatedIfConsolidated } from './evaluation-state';
import { normaliseSheet, sheetProblems, translateSheetProblems } from './score-sheet-rules';

/** What a sheet is read and written with: the evaluator's assignment and what it is about. */
interface SheetContext {
  assignment: EvaluationAssignment;
  application: Application;
  call: Call;
  lot: CallLot;
  evaluation: Evaluation | null;
}

/**
 * The evaluator's score sheet (DESIGN §3, decision 0015): read and saved as a draft as often as they
 * like once the declaration is signed, then submitted — complete, every criterion with a comment — and
 * locked. A submission that makes the application's consolidation final moves it to `evaluated`.
 * Only the evaluator's own assignment reaches here (the assignment policy); a declared conflict ends
 * the access ("not found"), a pending declaration asks for the signature first.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consolidation: ConsolidationReader,
  ) {}

  async sheet(assignmentId: string): Promise<EvaluationSheetDto> {
    return toSheet(await this.context(this.dataSource.manager, assignmentId, false));
  }

  /** Saves the whole sheet as a draft; 400 `score_sheet_invalid` lists every fault, nothing is stored. */
  async save(assignmentId: string, request: SaveScoresRequest): Promise<EvaluationSheetDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.writable(manager, assignmentId, false);
      const grid = gridOf(context.call);
      const problems = sheetProblems(grid, request.scores, 'draft');
      if (problems.length > 0) {
        throw new AppException('score_sheet_invalid', HttpStatus.BAD_REQUEST, {}, (locale) =>
          translateSheetProblems(problems, locale),
        );
      }
      const { assignment } = context;
      const evaluation =
        context.evaluation ??
        manager.create(Evaluation, {
          assignmentId: assignment.id,
          applicationId: assignment.applicationId,
          evaluatorId: assignment.evaluatorId,
          status: 'draft',
          submittedAt: null,
        });
      setScores(evaluation, normaliseSheet(grid, request.scores), grid);
      return toSheet({ ...context, evaluation: await manager.save(evaluation) });
    });
  }

  /**
   * Submits the stored sheet, after saving `request` when given. The save is its own transaction so
   * that a refused submission (422 `score_sheet_incomplete`, one field error per missing score or
   * comment) still keeps what the evaluator wrote.
   */
  async submit(assignmentId: string, request?: SaveScoresRequest, now = new Date()): Promise<EvaluationSheetDto> {
    if (request) await this.save(assignmentId, request);
    return this.dataSource.transaction(async (manager) => {
      // The application is locked too: two evaluators submitting at once must not both miss that
      // together they consolidate it.
      const context = await this.writable(manager, assignmentId, true);
      const { evaluation, call, application } = context;
      const problems = sheetProblems(gridOf(call), evaluation?.scores ?? [], 'submission');
      if (!evaluation || problems.length > 0) {
        throw new AppException('score_sheet_incomplete', HttpStatus.UNPROCESSABLE_ENTITY, {}, (locale) =>
          translateSheetProblems(problems, locale),
        );
      }
      evaluation.status = 'submitted';
      evaluation.submittedAt = now;
      const saved = await manager.save(evaluation);
      const consolidation = await this.consolidation.one(manager, call, application.id);
      await markEvaluatedIfConsolidated(manager, application, consolidation);
      return toSheet({ ...context, evaluation: saved });
    });
  }

  /** The context of a write: assignment, application (when asked) and sheet locked, still open, not submitted. */
  private async writable(
    manager: EntityManager,
    assignmentId: string,
    lockApplication: boolean,
  ): Promise<SheetContext> {
    const context = await this.context(manager, assignmentId, true, lockApplication);
    if (context.evaluation?.status === 'submitted') throw new AppException('evaluation_locked', HttpStatus.CONFLICT);
    assertEvaluationOpen(context.call, context.application);
    return context;
  }

  /** Locks in one order everywhere (assignment, application, sheet), the order the declaration uses too. */
  private async context(
    manager: EntityManager,
    assignmentId: string,
    lock: boolean,
    lockApplication = false,
  ): Promise<SheetContext> {
    const forUpdate = { mode: 'pessimistic_write' } as const;
    const assignment = await manager.findOne(EvaluationAssignment, {
      where: { id: assignmentId },
      ...(lock ? { lock: forUpdate } : {}),
    });
    if (!assignment || assignment.declaration === 'conflict') throw new AppException('not_found', HttpStatus.NOT_FOUND);
    if (assignment.declaration !== 'signed') throw new AppException('declaration_required', HttpStatus.CONFLICT);
    const application = await manager.findOneOrFail(Application, {
      where: { id: assignment.applicationId },
      ...(lockApplication ? { lock: forUpdate } : {}),
    });
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    const lot = await manager.findOneByOrFail(CallLot, { id: application.lotId });
    const evaluation = await manager.findOne(Evaluation, {
      where: { assignmentId },
      ...(lock ? { lock: forUpdate } : {}),
    });
    return { assignment, application, call, lot, evaluation };
  }
}

/** The scores and the points the domain works out from them (kept so consolidation reads numbers). */
function setScores(evaluation: Evaluation, scores: CriterionScoreDto[], grid: EvaluationGridDto): void {
  const points = evaluationPoints(grid, scores);
  evaluation.scores = scores;
  evaluation.sectionPoints = points.sections;
  evaluation.totalPoints = points.total;
  evaluation.complete = points.complete;
}

function toSheet({ assignment, application, call, lot, evaluation }: SheetContext): EvaluationSheetDto {
  const grid = gridOf(call);
  // Stored as normalised at the save, with the points worked out then.
  const scores = evaluation?.scores ?? normaliseSheet(grid, []);
  const points = evaluation
    ? { sections: evaluation.sectionPoints, total: evaluation.totalPoints, complete: evaluation.complete }
    : evaluationPoints(grid, scores);
  return {
    assignmentId: assignment.id,
    applicationId: application.id,
    applicationReference: application.reference,
    callId: call.id,
    callReference: call.reference,
    lotRegionCode: lot.regionCode,
    grid,
    status: evaluation?.status ?? 'draft',
    scores,
    points,
    updatedAt: evaluation?.updatedAt?.toISOString() ?? null,
    submittedAt: evaluation?.submittedAt?.toISOString() ?? null,
  };
}
