import { Module } from '@nestjs/common';
import { AssignmentPolicy } from './assignments/assignment.policy';
import { AssignmentsController, EvaluationsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { ConsolidationReader } from './consolidation/consolidation.reader';
import { EligibilityController } from './eligibility/eligibility.controller';
import { EligibilityService } from './eligibility/eligibility.service';
import { EvaluationProgressService } from './scoring/evaluation-progress.service';
import { EvaluationReviewController } from './scoring/evaluation-review.controller';
import { EvaluationReviewService } from './scoring/evaluation-review.service';
import { ScoringController } from './scoring/scoring.controller';
import { ScoringService } from './scoring/scoring.service';

/** Evaluation (DESIGN §3): the eligibility check, evaluator assignment and declarations, then scores and ranking. */
@Module({
  controllers: [
    EligibilityController,
    AssignmentsController,
    EvaluationsController,
    ScoringController,
    EvaluationReviewController,
  ],
  providers: [
    EligibilityService,
    AssignmentsService,
    AssignmentPolicy,
    ConsolidationReader,
    ScoringService,
    EvaluationReviewService,
    EvaluationProgressService,
  ],
})
export class EvaluationModule {}
