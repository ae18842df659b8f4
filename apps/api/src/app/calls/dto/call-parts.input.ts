import {
  ATTACHMENT_TYPES,
  type AttachmentType,
  CALL_ITEM_KEY_PATTERN,
  CALL_LIMITS,
  CRITERION_WEIGHTS,
  type CriterionWeight,
  type EligibilityItemDto,
  type EvaluationCriterionDto,
  type EvaluationGridDto,
  type EvaluationSectionDto,
  type LocalizedText,
  type LotInput,
  REGION_CODES,
  type RegionCode,
  type RequiredAttachmentDto,
} from '@skema/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttachmentNameInput, EligibilityTextInput, GridNameInput } from './localized-text.input';

/** The nested parts of a call's request bodies; their sums and cross-checks are the service's (call-rules.ts). */

export class LotInputDto implements LotInput {
  @IsIn(REGION_CODES)
  regionCode!: RegionCode;

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.amountMaxCents)
  envelopeCents!: number;
}

export class EligibilityItemInput implements EligibilityItemDto {
  @Matches(CALL_ITEM_KEY_PATTERN)
  key!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityTextInput)
  text!: LocalizedText;
}

export class RequiredAttachmentInput implements RequiredAttachmentDto {
  @Matches(CALL_ITEM_KEY_PATTERN)
  key!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => AttachmentNameInput)
  name!: LocalizedText;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ATTACHMENT_TYPES, { each: true })
  acceptedTypes!: AttachmentType[];

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.attachmentMaxSizeBytes)
  maxSizeBytes!: number;
}

export class CriterionInput implements EvaluationCriterionDto {
  @Matches(CALL_ITEM_KEY_PATTERN)
  key!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => GridNameInput)
  name!: LocalizedText;

  @IsInt()
  @Min(0)
  @Max(100)
  maxScore!: number;

  @IsIn(CRITERION_WEIGHTS)
  weight!: CriterionWeight;
}

export class SectionInput implements EvaluationSectionDto {
  @Matches(CALL_ITEM_KEY_PATTERN)
  key!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => GridNameInput)
  name!: LocalizedText;

  @IsInt()
  @Min(0)
  @Max(1000)
  maxScore!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  passThreshold!: number | null;

  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.criteriaPerSectionMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria!: CriterionInput[];
}

export class GridInput implements EvaluationGridDto {
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.sectionsMax)
  @ValidateNested({ each: true })
  @Type(() => SectionInput)
  sections!: SectionInput[];

  @IsInt()
  @Min(0)
  @Max(1000)
  maxScore!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  passThreshold!: number | null;
}
