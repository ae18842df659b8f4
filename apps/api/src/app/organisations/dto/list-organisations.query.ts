import { REGION_CODES, type RegionCode } from '@skema/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export const ORGANISATION_SORTS = ['legalName', '-legalName', 'createdAt', '-createdAt'] as const;

export class ListOrganisationsQuery extends PageQuery {
  /** Part of the legal name, the acronym or the NUIS. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Transform(({ obj }: { obj: Record<string, unknown> }) => (obj['verified'] === 'true' ? true : obj['verified'] === 'false' ? false : obj['verified']))
  @IsBoolean()
  verified?: boolean;

  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @IsOptional()
  @IsIn(ORGANISATION_SORTS)
  sort: (typeof ORGANISATION_SORTS)[number] = 'legalName';
}
