import { CALL_ITEM_KEY_PATTERN, CALL_LIMITS, type CriterionScoreDto, type SaveScoresRequest } from '@skema/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';

/**
 * One criterion as the evaluator left it. Only the shape is checked here: the range of the score, the
 * criterion's place in the grid and the comment's length are the call's rules, checked by the service
 * per criterion (`scores.<criterionKey>.…`) rather than per array index.
 */
export class CriterionScoreInput implements CriterionScoreDto {
  @Matches(CALL_ITEM_KEY_PATTERN)
  criterionKey!: string;

  /** Null (or absent) leaves the criterion open in a draft. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number | null;

  @IsOptional()
  @IsString()
  comment!: string | null;
}

/** The whole sheet as it stands: criteria left out are open. */
export class SaveScoresDto implements SaveScoresRequest {
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.sectionsMax * CALL_LIMITS.criteriaPerSectionMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];
}
