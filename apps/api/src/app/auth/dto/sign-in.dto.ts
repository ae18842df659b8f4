import { ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, type SignInRequest } from '@skema/contracts';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ description: 'A 6-digit TOTP code or a recovery code.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  otp?: string;
}
