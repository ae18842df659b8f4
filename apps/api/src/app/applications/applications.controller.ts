import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  APPLICATION_SECTIONS,
  type ApplicationDto,
  type ApplicationRevisionDto,
  type ApplicationSectionKey,
  type FieldError,
  negotiateLocale,
} from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { EnumParamPipe } from '../../common/validation/enum-param.pipe';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationsService } from './applications.service';
import { SaveSectionDto } from './dto/save-section.dto';
import { StartApplicationDto } from './dto/start-application.dto';

const APPLICATION = { kind: 'application', param: 'id' };

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly submissions: ApplicationSubmissionService,
  ) {}

  @Post()
  @Access('applications.draft')
  @ApiConflictResponse({ description: 'The call is not open, or the CSO already has an application for this lot.' })
  start(@CurrentUser() user: AuthenticatedUser, @Body() body: StartApplicationDto): Promise<ApplicationDto> {
    return this.applications.start(user, body);
  }

  @Get(':id')
  @Access('applications.read', APPLICATION)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDto> {
    return this.applications.get(id);
  }

  @Put(':id/sections/:section')
  @Access('applications.draft', APPLICATION)
  @ApiConflictResponse({ description: '`section_conflict`: someone saved this section since you loaded it.' })
  saveSection(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('section', new EnumParamPipe(APPLICATION_SECTIONS)) section: ApplicationSectionKey,
    @Body() body: SaveSectionDto,
  ): Promise<ApplicationDto> {
    return this.applications.saveSection(user, id, section, body);
  }

  @Get(':id/history')
  @Access('applications.read', APPLICATION)
  history(@Param('id', ParseUUIDPipe) id: string): Promise<ApplicationRevisionDto[]> {
    return this.applications.history(id);
  }

  /** What is still missing before submission: the portal's checklist. */
  @Get(':id/checklist')
  @Access('applications.draft', APPLICATION)
  checklist(@Param('id', ParseUUIDPipe) id: string, @Headers('accept-language') acceptLanguage?: string): Promise<FieldError[]> {
    return this.submissions.missing(id, negotiateLocale(acceptLanguage));
  }

  @Post(':id/submission')
  @Access('applications.draft', APPLICATION)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`deadline_passed` by the server clock, or already submitted.' })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDto> {
    return this.submissions.submit(user, id);
  }
}
