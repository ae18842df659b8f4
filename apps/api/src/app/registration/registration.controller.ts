import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Public } from '../../common/access/public.decorator';
import { RegisterOrganisationDto } from './dto/register-organisation.dto';
import { type Registered, RegistrationService } from './registration.service';

@ApiTags('registration')
@Controller('registrations')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @Post()
  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @ApiCreatedResponse({ description: 'Registered; a confirmation link was e-mailed to the applicant.' })
  @ApiConflictResponse({ description: 'The NUIS or the e-mail is already registered.' })
  register(@Body() body: RegisterOrganisationDto): Promise<Registered> {
    return this.registration.register(body);
  }
}
