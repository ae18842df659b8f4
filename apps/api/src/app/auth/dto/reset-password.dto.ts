import { PASSWORD_MAX_LENGTH } from '@skema/contracts';
import { IsString, Length, MaxLength } from 'class-validator';

export class ResetPasswordDto {
  @IsString()
  @Length(20, 100)
  token!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
