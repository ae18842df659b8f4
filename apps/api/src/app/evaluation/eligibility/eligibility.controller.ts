import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { EligibilityCheckDto } from '@skema/contracts';
import { Access } from '../../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { CurrentUser } from '../../../common/access/current-user.decorator';
import { SaveEligibilityDto } from './dto/save-eligibility.dto';
import { EligibilityService } from './eligibility.service';

const APPLICATION = { kind: 'application', param: 'id' };

/** The administrative and eligibility check of a submitted application (programme managers). */
@ApiTags('evaluation')
@Controller('applications/:id/eligibility')
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  /** The call's checklist, with the saved decision per item (null until decided). */
  @Get()
  @Access('evaluation.eligibility', APPLICATION)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<EligibilityCheckDto> {
    return this.eligibility.get(id);
  }

  /** Decides every checklist item; all passed makes the application eligible, anything failed ineligible. */
  @Put()
  @Access('evaluation.eligibility', APPLICATION)
  @ApiConflictResponse({
    description:
      '`eligibility_before_deadline`; `illegal_transition` when the application is not submitted, is in evaluation, or the outcome would flip.',
  })
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveEligibilityDto,
  ): Promise<EligibilityCheckDto> {
    return this.eligibility.decide(user, id, body);
  }
}
