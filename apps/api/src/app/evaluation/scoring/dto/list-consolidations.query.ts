import {
  CONSOLIDATION_SORTS,
  CONSOLIDATION_STATUSES,
  type ConsolidationSort,
  type ConsolidationStatusDto,
} from '@skema/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../../common/validation/page.query';

export class ListConsolidationsQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  lotId?: string;

  @IsOptional()
  @IsIn(CONSOLIDATION_STATUSES)
  consolidation?: ConsolidationStatusDto;

  /** Part of the reference or of the CSO's name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(CONSOLIDATION_SORTS)
  sort: ConsolidationSort = 'reference';
}
