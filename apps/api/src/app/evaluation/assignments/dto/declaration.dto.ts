import { ASSIGNMENT_LIMITS } from '@skema/contracts';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

/** `{ signed: true }` or `{ conflict: true, reason }`; exactly one of them (checked by the service). */
export class DeclarationDto {
  @IsOptional()
  @IsIn([true])
  signed?: true;

  @IsOptional()
  @IsIn([true])
  conflict?: true;

  /** Why the evaluator has a conflict of interest; required with `conflict`. */
  @ValidateIf((o: DeclarationDto) => o.conflict === true)
  @IsString()
  @MinLength(ASSIGNMENT_LIMITS.conflictReasonMinLength)
  @MaxLength(ASSIGNMENT_LIMITS.conflictReasonMaxLength)
  reason?: string;
}
