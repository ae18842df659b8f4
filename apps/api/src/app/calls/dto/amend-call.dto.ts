import { type AmendCallRequest, type LocalizedText, REGION_CODES } from '@skema/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsObject, IsOptional, Min, ValidateNested } from 'class-validator';
import { GridInput, LotInputDto } from './call-parts.input';
import { CallBodyInput, CallTitleInput, ReasonInput } from './localized-text.input';

/** A published call's change: only what an amendment may touch, with a reason in both languages. */
export class AmendCallDto implements AmendCallRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsObject()
  @ValidateNested()
  @Type(() => ReasonInput)
  reason!: LocalizedText;

  @IsOptional()
  @IsISO8601({ strict: true })
  deadline?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REGION_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => LotInputDto)
  lots?: LotInputDto[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GridInput)
  grid?: GridInput;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CallTitleInput)
  title?: LocalizedText;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CallBodyInput)
  text?: LocalizedText;
}
