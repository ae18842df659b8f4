import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import type { Page, UserSummaryDto } from '@skema/contracts';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { InviteColleagueDto } from '../users/dto/invite-colleague.dto';
import { UsersService } from '../users/users.service';
import type { OrganisationDto } from './organisation.dto';
import { OrganisationsService } from './organisations.service';

const ORGANISATION = { kind: 'organisation', param: 'id' };

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Access('organisations.list')
  list(@Query() query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @Access('organisation.read', ORGANISATION)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }

  @Patch(':id')
  @Access('organisation.update', ORGANISATION)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.update(id, body);
  }

  @Post(':id/verification')
  @Access('organisation.verify', ORGANISATION)
  @HttpCode(HttpStatus.OK)
  verify(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<OrganisationDto> {
    return this.organisations.verify(id, user.id);
  }

  /** An applicant invites a colleague into their own CSO, as another applicant. */
  @Post(':id/invitations')
  @Access('organisation.colleagues.invite', ORGANISATION)
  async inviteColleague(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: InviteColleagueDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<UserSummaryDto> {
    const organisation = await this.organisations.get(id);
    return this.users.invite({
      ...body,
      roles: ['applicant'],
      organisationId: id,
      invitedBy: actor.email,
      organisationName: organisation.legalName,
    });
  }
}
