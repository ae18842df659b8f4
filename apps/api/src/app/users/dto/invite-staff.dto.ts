import { type InviteStaffRequest, type Locale, LOCALES, STAFF_ROLES, type StaffRole } from '@skema/contracts';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class InviteStaffDto implements InviteStaffRequest {
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
  roles!: StaffRole[];

  @IsIn(LOCALES)
  locale!: Locale;
}
