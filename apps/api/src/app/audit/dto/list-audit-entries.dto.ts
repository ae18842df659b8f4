import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_SORTS, type AuditAction, type AuditSort } from '@skema/contracts';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

/** Query of `GET /api/audit`: one page of the log, filtered. Query strings arrive as text, hence `@Type`. */
export class ListAuditEntriesDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Table name, e.g. `organisations`.', example: 'organisations' })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[a-z][a-z0-9_]*$/)
  entity?: string;

  @ApiPropertyOptional({ description: 'Primary key of the row (composite keys joined with `:`).' })
  @IsOptional()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The person who made the change.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'date-time', description: 'Changes at or after this instant.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Changes before this instant (exclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: AUDIT_SORTS, default: 'desc', description: 'By time of the change.' })
  @IsOptional()
  @IsIn(AUDIT_SORTS)
  sort: AuditSort = 'desc';
}
