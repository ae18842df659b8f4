import { ASSIGNMENT_SORTS, type AssignmentSort, DECLARATIONS, type Declaration } from '@skema/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../../common/validation/page.query';

export class ListAssignmentsQuery extends PageQuery {
  /** Part of the application's reference or of the evaluator's name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(DECLARATIONS)
  declaration?: Declaration;

  @IsOptional()
  @IsUUID()
  evaluatorId?: string;

  /** One application's evaluators: the portal leaves them out of the evaluators it offers to add. */
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @IsOptional()
  @IsIn(ASSIGNMENT_SORTS)
  sort: AssignmentSort = 'reference';
}
