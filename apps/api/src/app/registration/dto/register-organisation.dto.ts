import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AREAS_OF_WORK,
  type AreaOfWork,
  LEGAL_FORMS,
  type LegalForm,
  type Locale,
  LOCALES,
  PASSWORD_MAX_LENGTH,
  REGION_CODES,
  type RegionCode,
  type RegisterOrganisationRequest,
} from '@skema/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsIban, IsNuis } from '../../../common/validation/is-iban.decorator';

export class RegistrationOrganisationDto {
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  legalName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  acronym?: string;

  @IsNuis()
  registrationNumber!: string;

  @IsIn(LEGAL_FORMS)
  legalForm!: LegalForm;

  @IsIn(REGION_CODES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  regions!: RegionCode[];

  @IsString()
  @MinLength(5)
  @MaxLength(300)
  address!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Matches(/^\+?[0-9 ()-]{6,30}$/)
  phone!: string;

  @IsIn(AREAS_OF_WORK, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(AREAS_OF_WORK.length)
  areasOfWork!: AreaOfWork[];

  @IsIban()
  iban!: string;
}

export class RegistrationApplicantDto {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsIn(LOCALES)
  locale!: Locale;
}

/** A CSO and its first applicant, in one request (DESIGN §2). */
export class RegisterOrganisationDto implements RegisterOrganisationRequest {
  @ValidateNested()
  @Type(() => RegistrationOrganisationDto)
  organisation!: RegistrationOrganisationDto;

  @ValidateNested()
  @Type(() => RegistrationApplicantDto)
  applicant!: RegistrationApplicantDto;
}
