import { AREAS_OF_WORK, type AreaOfWork, REGION_CODES, type RegionCode, type UpdateOrganisationRequest } from '@skema/contracts';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsIban } from '../../../common/validation/is-iban.decorator';

/** What a CSO may change in its own profile (not its legal identity: name and NUIS). */
export class UpdateOrganisationDto implements UpdateOrganisationRequest {
  @IsOptional()
  @IsString()
  @MaxLength(30)
  acronym?: string;

  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  address?: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,30}$/)
  phone?: string;

  @IsOptional()
  @IsIn(REGION_CODES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  regions?: RegionCode[];

  @IsOptional()
  @IsIn(AREAS_OF_WORK, { each: true })
  @ArrayMaxSize(AREAS_OF_WORK.length)
  areasOfWork?: AreaOfWork[];

  @IsOptional()
  @IsIban()
  iban?: string;
}
