import { type Locale, LOCALES, type Role } from '@skema/contracts';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

/** Staff roles an administrator may invite; applicants register or are invited by their CSO. */
export const STAFF_ROLES = ['evaluator', 'programme_manager', 'finance_officer', 'reporting_officer', 'admin'] as const;

export class InviteStaffDto {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;

  @IsIn(STAFF_ROLES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(STAFF_ROLES.length)
  roles!: Role[];

  @IsIn(LOCALES)
  locale!: Locale;
}
