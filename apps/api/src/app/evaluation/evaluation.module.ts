import { Module } from '@nestjs/common';
import { EligibilityController } from './eligibility/eligibility.controller';
import { EligibilityService } from './eligibility/eligibility.service';

/** Evaluation (DESIGN §3): the eligibility check, then evaluators, scores and ranking. */
@Module({
  controllers: [EligibilityController],
  providers: [EligibilityService],
})
export class EvaluationModule {}
