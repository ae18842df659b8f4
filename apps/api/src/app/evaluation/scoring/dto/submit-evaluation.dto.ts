import { CALL_LIMITS, type SaveScoresRequest } from '@skema/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { CriterionScoreInput } from './save-scores.dto';

/** A submission, optionally with the sheet as it stands (saved first); no body submits what is stored. */
export class SubmitEvaluationDto implements Partial<SaveScoresRequest> {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.sectionsMax * CALL_LIMITS.criteriaPerSectionMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores?: CriterionScoreInput[];
}
