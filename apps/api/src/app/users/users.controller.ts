import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Page, UserSummaryDto } from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { Public } from '../../common/access/public.decorator';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { InviteStaffDto } from './dto/invite-staff.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { SetRolesDto } from './dto/set-roles.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Access('users.read')
  list(@Query() query: ListUsersQuery): Promise<Page<UserSummaryDto>> {
    return this.users.list(query);
  }

  @Put('users/:id/roles')
  @Access('users.roles.manage')
  setRoles(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetRolesDto, @CurrentUser() actor: AuthenticatedUser): Promise<UserSummaryDto> {
    return this.users.setRoles(id, body.roles, actor.id);
  }

  @Post('invitations')
  @Access('users.invite')
  invite(@Body() body: InviteStaffDto, @CurrentUser() actor: AuthenticatedUser): Promise<UserSummaryDto> {
    return this.users.invite({ ...body, organisationId: null, invitedBy: actor.email });
  }

  @Post('invitations/acceptance')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  accept(@Body() body: AcceptInvitationDto): Promise<void> {
    return this.users.acceptInvitation(body.token, body.password);
  }
}
