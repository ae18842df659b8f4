import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiConflictResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  APPLICATION_SECTIONS,
  type ApplicationComparisonDto,
  type ApplicationDto,
  type ApplicationRevisionDto,
  type ApplicationSectionKey,
  type ApplicationSummaryDto,
  type FieldError,
  type Page,
  negotiateLocale,
} from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { EnumParamPipe } from '../../common/validation/enum-param.pipe';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationsListService } from './applications-list.service';
import { CompareVersionsQuery } from './dto/compare-versions.query';
import { ListApplicationsQuery } from './dto/list-applications.query';
import { ApplicationsService } from './applications.service';
import { RECEIPT_CONTENT_TYPE } from './receipts/receipt.constants';
import { ReceiptsService } from './receipts/receipts.service';
import { SaveSectionDto } from './dto/save-section.dto';
import { StartApplicationDto } from './dto/start-application.dto';

const APPLICATION = { kind: 'application', param: 'id' };

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly submissions: ApplicationSubmissionService,
    private readonly lists: ApplicationsListService,
    private readonly receipts: ReceiptsService,
  ) {}

  @Get()
  @Access('applications.list')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListApplicationsQuery): Promise<Page<ApplicationSummaryDto>> {
    return this.lists.list(user, query);
  }

  @Post()
  @Access('applications.draft')
  @ApiConflictResponse({ description: 'The call is not open, or the CSO already has an application for this lot.' })
  start(@CurrentUser() user: AuthenticatedUser, @Body() body: StartApplicationDto): Promise<ApplicationDto> {
    return this.applications.start(user, body);
  }

  /** The staff list as CSV (same filters and order, every row), e.g. for a spreadsheet. */
  @Get('export.csv')
  @Access('applications.export')
  async exportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListApplicationsQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="applications.csv"');
    return '\uFEFF' + (await this.lists.exportCsv(user, query, negotiateLocale(acceptLanguage)));
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

  @Get(':id/sections/:section/comparison')
  @Access('applications.read', APPLICATION)
  compare(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('section', new EnumParamPipe(APPLICATION_SECTIONS)) section: ApplicationSectionKey,
    @Query() query: CompareVersionsQuery,
  ): Promise<ApplicationComparisonDto> {
    return this.applications.compare(id, section, query.from, query.to);
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

  /** The submission receipt (PDF), always as a download. */
  @Get(':id/receipt')
  @Access('applications.read', APPLICATION)
  @ApiProduces(RECEIPT_CONTENT_TYPE)
  @ApiConflictResponse({ description: '`receipt_pending`: the receipt is still being made (it is also e-mailed when ready).' })
  async receipt(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { fileName, content } = await this.receipts.download(id);
    void reply.headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });
    return new StreamableFile(content, { type: RECEIPT_CONTENT_TYPE, disposition: `attachment; filename="${fileName}"`, length: content.length });
  }

  /** Withdraws a submitted application before the deadline (a new one may then be started). */
  @Post(':id/withdrawal')
  @Access('applications.draft', APPLICATION)
  @HttpCode(HttpStatus.OK)
  withdraw(@Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDto> {
    return this.submissions.withdraw(id);
  }
}
