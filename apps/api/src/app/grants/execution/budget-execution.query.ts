import { REGION_CODES, type RegionCode } from '@skema/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/** `GET /api/budget-execution`: one call's lots, or one region's across calls, or everything. */
export class BudgetExecutionQuery {
  @IsOptional()
  @IsUUID()
  callId?: string;

  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;
}
