import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApplicationResultDto,
  ApplicationStatus,
  ConsolidationDto,
  EvaluationGridDto,
  ResultOutcome,
} from '@skema/contracts';
import { thresholdFailures } from '@skema/domain';
import { type DataSource, In } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import { ApplicationSubmission } from '../../applications/entities/application-submission.entity';
import { Application } from '../../applications/entities/application.entity';
import { budgetOfSnapshot } from '../../applications/receipts/receipt-data';
import { Call } from '../../calls/entities/call.entity';
import { ConsolidationReader } from '../consolidation/consolidation.reader';
import { Evaluation } from '../scoring/evaluation.entity';
import { AwardDecision } from './award-decision.entity';

/** The outcome an application's status shows after publication (a contract follows a selection). */
const OUTCOME_OF_STATUS: Partial<Record<ApplicationStatus, ResultOutcome>> = {
  selected: 'selected',
  contracted: 'selected',
  reserve: 'reserve',
  rejected: 'rejected',
  ineligible: 'ineligible',
};

/**
 * What a CSO learns of its application once the call's results are published (DESIGN §3): the
 * outcome, the award, the consolidated score per section against the grid's maxima and thresholds
 * (maxima and thresholds in points, as in the grid; scores in hundredths), and the comments of the
 * sheets that made the score. Evaluators stay anonymous: numbered 1..n by assignment, never named.
 */
@Injectable()
export class ApplicationResultService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ConsolidationReader,
  ) {}

  /** 404 `result_not_published` before publication, and for an application the results do not concern. */
  async result(applicationId: string): Promise<ApplicationResultDto> {
    const manager = this.dataSource.manager;
    const application = await manager.findOneByOrFail(Application, { id: applicationId });
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    const decision = await manager.findOneBy(AwardDecision, { applicationId });
    const outcome = OUTCOME_OF_STATUS[application.status];
    if (!call.resultsPublishedAt || !call.grid || !outcome) {
      throw new AppException('result_not_published', HttpStatus.NOT_FOUND);
    }
    const grid = call.grid;
    const submission = await manager.findOneBy(ApplicationSubmission, { applicationId });
    const consolidation = await this.reader.one(manager, call, applicationId);
    const consolidated = consolidation?.status === 'consolidated' ? consolidation : null;
    const scores = consolidated?.sectionScores ?? null;
    const total = consolidated?.total ?? null;
    return {
      applicationId,
      reference: application.reference,
      outcome,
      publishedAt: call.resultsPublishedAt.toISOString(),
      rank: decision?.rank ?? null,
      reserveRank: outcome === 'reserve' ? (decision?.reserveRank ?? null) : null,
      requestedGrantCents: (submission && budgetOfSnapshot(submission.snapshot)?.grantRequestedCents) ?? 0,
      awardCents: outcome === 'selected' || outcome === 'reserve' ? (decision?.awardCents ?? null) : null,
      total,
      method: consolidated?.method ?? null,
      maxScore: grid.maxScore,
      passThreshold: grid.passThreshold,
      sections: grid.sections.map((section) => ({
        key: section.key,
        title: section.name,
        score: scores?.[section.key] ?? null,
        maxScore: section.maxScore,
        passThreshold: section.passThreshold,
      })),
      failures: scores && total !== null ? thresholdFailures(grid, scores, total).map((f) => ({ ...f })) : [],
      comments: consolidated ? await this.comments(grid, consolidated) : [],
    };
  }

  /** The counted sheets' scores and comments, criterion by criterion in the grid's order. */
  private async comments(grid: EvaluationGridDto, consolidation: ConsolidationDto) {
    const sheets = await this.dataSource.getRepository(Evaluation).find({
      where: { assignmentId: In(consolidation.countedAssignmentIds), status: 'submitted' },
      select: { id: true, assignmentId: true, scores: true },
      order: { assignmentId: 'ASC' },
    });
    return sheets.map((sheet, index) => {
      const byCriterion = new Map(sheet.scores.map((s) => [s.criterionKey, s]));
      return {
        evaluator: index + 1,
        criteria: grid.sections.flatMap((section) =>
          section.criteria.flatMap((criterion) => {
            const scored = byCriterion.get(criterion.key);
            if (!scored || scored.score === null) return [];
            return [
              {
                sectionKey: section.key,
                criterionKey: criterion.key,
                title: criterion.name,
                score: scored.score,
                maxScore: criterion.maxScore,
                comment: scored.comment ?? '',
              },
            ];
          }),
        ),
      };
    });
  }
}
