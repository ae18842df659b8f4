import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CallAmendmentDto, CallDto, Page } from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { CallAmendmentsService } from './call-amendments.service';
import { CallsService } from './calls.service';
import { AmendCallDto } from './dto/amend-call.dto';
import { CreateCallDto } from './dto/create-call.dto';
import { ListCallsQuery } from './dto/list-calls.query';
import { UpdateCallDto } from './dto/update-call.dto';

const CALL = { kind: 'call', param: 'id' };

/** The programme manager's calls for proposals, in every state. */
@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly amendments: CallAmendmentsService,
  ) {}

  @Post()
  @Access('calls.manage')
  create(@Body() body: CreateCallDto, @CurrentUser() user: AuthenticatedUser): Promise<CallDto> {
    return this.calls.create(body, user.id);
  }

  @Get()
  @Access('calls.manage')
  list(@Query() query: ListCallsQuery): Promise<Page<CallDto>> {
    return this.calls.list(query);
  }

  @Get(':id')
  @Access('calls.manage', CALL)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CallDto> {
    return this.calls.get(id);
  }

  @Patch(':id')
  @Access('calls.manage', CALL)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCallDto): Promise<CallDto> {
    return this.calls.update(id, body);
  }

  @Post(':id/publication')
  @Access('calls.manage', CALL)
  @HttpCode(HttpStatus.OK)
  publish(@Param('id', ParseUUIDPipe) id: string): Promise<CallDto> {
    return this.calls.publish(id);
  }

  @Get(':id/amendments')
  @Access('calls.manage', CALL)
  listAmendments(@Param('id', ParseUUIDPipe) id: string): Promise<CallAmendmentDto[]> {
    return this.amendments.list(id);
  }

  @Post(':id/amendments')
  @Access('calls.manage', CALL)
  @HttpCode(HttpStatus.OK)
  amend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AmendCallDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CallDto> {
    return this.amendments.amend(id, body, user.id);
  }

  @Post(':id/closure')
  @Access('calls.manage', CALL)
  @HttpCode(HttpStatus.OK)
  close(@Param('id', ParseUUIDPipe) id: string): Promise<CallDto> {
    return this.calls.close(id);
  }
}
