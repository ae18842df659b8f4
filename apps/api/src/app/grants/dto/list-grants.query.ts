import { GRANT_STATUSES, type GrantStatus, REGION_CODES, type RegionCode } from '@skema/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export const GRANT_SORTS = [
  'contractNumber',
  '-contractNumber',
  'startDate',
  '-startDate',
  'awardCents',
  '-awardCents',
  'createdAt',
  '-createdAt',
] as const;
export type GrantSort = (typeof GRANT_SORTS)[number];

export class ListGrantsQuery extends PageQuery {
  @IsOptional()
  @IsIn(GRANT_STATUSES)
  status?: GrantStatus;

  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @IsOptional()
  @IsUUID()
  callId?: string;

  /** Part of the CSO's name, of the contract number or of the application's reference. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(GRANT_SORTS)
  sort: GrantSort = '-createdAt';
}
