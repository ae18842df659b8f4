import {
  CALL_ITEM_KEY_PATTERN,
  CALL_LIMITS,
  ELIGIBILITY_LIMITS,
  type EligibilityDecisionItem,
  type SaveEligibilityRequest,
} from '@skema/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class EligibilityDecisionItemInput implements EligibilityDecisionItem {
  @Matches(CALL_ITEM_KEY_PATTERN)
  key!: string;

  @IsBoolean()
  passed!: boolean;

  /** Required when the item failed (checked against the call's checklist by the service). */
  @IsOptional()
  @IsString()
  @MaxLength(ELIGIBILITY_LIMITS.noteMaxLength)
  note?: string | null;
}

export class SaveEligibilityDto implements SaveEligibilityRequest {
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.eligibilityItemsMax)
  @ValidateNested({ each: true })
  @Type(() => EligibilityDecisionItemInput)
  items!: EligibilityDecisionItemInput[];
}
