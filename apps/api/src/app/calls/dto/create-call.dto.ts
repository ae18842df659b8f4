import { CALL_LIMITS, type CreateCallRequest, type LocalizedText, REGION_CODES } from '@skema/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EligibilityItemInput, GridInput, LotInputDto, RequiredAttachmentInput } from './call-parts.input';
import { CallBodyInput, CallTitleInput } from './localized-text.input';

/** A new draft call. Lots, checklist, grid and attachments may follow in later edits; publication checks them. */
export class CreateCallDto implements CreateCallRequest {
  @IsObject()
  @ValidateNested()
  @Type(() => CallTitleInput)
  title!: LocalizedText;

  @IsObject()
  @ValidateNested()
  @Type(() => CallBodyInput)
  text!: LocalizedText;

  @IsISO8601({ strict: true })
  opensAt!: string;

  @IsISO8601({ strict: true })
  deadline!: string;

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.amountMaxCents)
  totalBudgetCents!: number;

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.amountMaxCents)
  minGrantCents!: number;

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.amountMaxCents)
  maxGrantCents!: number;

  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.cofinancingShareMaxBp)
  maxCofinancingShareBp!: number;

  @IsInt()
  @Min(CALL_LIMITS.durationMinMonths)
  @Max(CALL_LIMITS.durationMaxMonths)
  minDurationMonths!: number;

  @IsInt()
  @Min(CALL_LIMITS.durationMinMonths)
  @Max(CALL_LIMITS.durationMaxMonths)
  maxDurationMonths!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REGION_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => LotInputDto)
  lots?: LotInputDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.eligibilityItemsMax)
  @ValidateNested({ each: true })
  @Type(() => EligibilityItemInput)
  eligibility?: EligibilityItemInput[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GridInput)
  grid?: GridInput | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.attachmentsMax)
  @ValidateNested({ each: true })
  @Type(() => RequiredAttachmentInput)
  requiredAttachments?: RequiredAttachmentInput[];

  /** Basis points of the grid's maximum (2000 = 20%, the default). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  divergenceGapBp?: number;
}
