import { IsString, Matches } from 'class-validator';

export class OtpCodeDto {
  @IsString()
  @Matches(/^\d{6}$/)
  code!: string;
}
