import { APPLICATION_STATUSES, type ApplicationStatus, REGION_CODES, type RegionCode } from '@skema/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export const APPLICATION_SORTS = ['submittedAt', '-submittedAt', 'reference', '-reference', 'updatedAt', '-updatedAt'] as const;

export class ListApplicationsQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  callId?: string;

  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  /** Part of the CSO's name or of the reference. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(APPLICATION_SORTS)
  sort: (typeof APPLICATION_SORTS)[number] = '-updatedAt';
}
