import type { ConfirmLotRankingRequest } from '@skema/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, ValidateNested } from 'class-validator';

/** Far more than a lot ever ranks; only a bound on the request's size. */
const AWARDS_MAX = 1_000;

export class AwardInput {
  @IsUUID()
  applicationId!: string;

  /** Whole cents. Zero, negative or above the request are the service's 422, with the field named. */
  @IsInt()
  awardCents!: number;
}

export class ConfirmLotRankingDto implements ConfirmLotRankingRequest {
  /** The awards that differ from the grant requested (any left out gets its request). */
  @IsArray()
  @ArrayMaxSize(AWARDS_MAX)
  @ValidateNested({ each: true })
  @Type(() => AwardInput)
  awards!: AwardInput[];
}
