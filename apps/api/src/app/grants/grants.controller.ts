import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { GrantDto, GrantSummaryDto, Page } from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { CreateGrantDto } from './dto/create-grant.dto';
import { ListGrantsQuery } from './dto/list-grants.query';
import { GrantContractService } from './grant-contract.service';
import { GrantsService } from './grants.service';

const APPLICATION = { kind: 'application', param: 'id' };
const GRANT = { kind: 'grant', param: 'id' };

/** Grant contracts: made from an award by the programme manager, read by the grantee and staff. */
@ApiTags('grants')
@Controller()
export class GrantsController {
  constructor(
    private readonly contracts: GrantContractService,
    private readonly grants: GrantsService,
  ) {}

  /** Turns a selected application (results published) into a grant contract with its schedule. */
  @Post('applications/:id/grant')
  @Access('grants.manage', APPLICATION)
  @ApiCreatedResponse({ description: 'The grant, its approved budget and payment schedule.' })
  @ApiConflictResponse({
    description:
      '`grant_results_not_published`, `grant_application_not_selected`, `grant_exists`, `grant_award_missing`.',
  })
  @ApiUnprocessableEntityResponse({ description: '`grant_dates_invalid`, `grant_duration_out_of_bounds`.' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateGrantDto,
  ): Promise<GrantDto> {
    return this.contracts.create(user, id, body);
  }

  /** A grantee's staff see their own CSO's grants; programme and finance staff every grant. */
  @Get('grants')
  @Access('grants.read')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListGrantsQuery): Promise<Page<GrantSummaryDto>> {
    return this.grants.list(user, query);
  }

  @Get('grants/:id')
  @Access('grants.read', GRANT)
  @ApiNotFoundResponse({ description: 'No such grant, or another CSO’s.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<GrantDto> {
    return this.grants.get(id);
  }
}
