import { Module } from '@nestjs/common';
import { AssignmentPolicy } from './assignments/assignment.policy';
import { AssignmentsController, EvaluationsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { EligibilityController } from './eligibility/eligibility.controller';
import { EligibilityService } from './eligibility/eligibility.service';

/** Evaluation (DESIGN §3): the eligibility check, evaluator assignment and declarations, then scores and ranking. */
@Module({
  controllers: [EligibilityController, AssignmentsController, EvaluationsController],
  providers: [EligibilityService, AssignmentsService, AssignmentPolicy],
})
export class EvaluationModule {}
