import { CALL_SORTS, CALL_STATUSES, type CallSort, type CallStatus } from '@skema/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export class ListCallsQuery extends PageQuery {
  @IsOptional()
  @IsIn(CALL_STATUSES)
  status?: CallStatus;

  /** Part of the reference or of the title in either language. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(CALL_SORTS)
  sort: CallSort = '-createdAt';
}
