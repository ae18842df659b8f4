import { IsString, Length } from 'class-validator';

/** A link token from an e-mail (confirmation). */
export class TokenDto {
  @IsString()
  @Length(20, 100)
  token!: string;
}
