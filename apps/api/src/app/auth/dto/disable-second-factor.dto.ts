import { PASSWORD_MAX_LENGTH } from '@skema/contracts';
import { IsString, MaxLength } from 'class-validator';

export class DisableSecondFactorDto {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsString()
  @MaxLength(20)
  otp!: string;
}
