import { type InviteColleagueRequest, type Locale, LOCALES } from '@skema/contracts';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class InviteColleagueDto implements InviteColleagueRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;

  @IsIn(LOCALES)
  locale!: Locale;
}
