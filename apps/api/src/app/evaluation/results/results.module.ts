import { Module } from '@nestjs/common';
import { ConsolidationReader } from '../consolidation/consolidation.reader';
import { ApplicationResultService } from './application-result.service';
import { RankingService } from './ranking.service';
import { EvaluationReportRenderer } from './report/evaluation-report.renderer';
import { EvaluationReportService } from './report/evaluation-report.service';
import { ApplicationResultController, RankingController } from './results.controller';
import { ResultsPublicationService } from './results-publication.service';

/**
 * Results of the evaluation (DESIGN §3, decision 0015): ranking per lot, confirmation of awards,
 * publication, each applicant's result, and the evaluation report (an export made by the worker,
 * whose renderer registers with ExportRenderers in every process that has this module).
 */
@Module({
  controllers: [RankingController, ApplicationResultController],
  providers: [
    ConsolidationReader,
    RankingService,
    ResultsPublicationService,
    ApplicationResultService,
    EvaluationReportService,
    EvaluationReportRenderer,
  ],
})
export class ResultsModule {}
