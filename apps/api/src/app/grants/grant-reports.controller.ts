import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import type { GrantReportDto } from './dto/grant-report.dto';
import { ReviewGrantReportDto } from './dto/review-grant-report.dto';
import { SaveGrantReportDto } from './dto/save-grant-report.dto';
import { GrantReportsService } from './grant-reports.service';

const GRANT = { kind: 'grant', param: 'id' };
/** The grantee's own staff only (programme and finance staff read the reports, never write them). */
const GRANTEE = { kind: 'grantee', param: 'id' };

/** A grant's interim and final reports: written by the grantee, reviewed by the programme manager. */
@ApiTags('grants')
@Controller('grants/:id/reports')
export class GrantReportsController {
  constructor(private readonly reports: GrantReportsService) {}

  @Get()
  @Access('grants.read', GRANT)
  list(@Param('id', ParseUUIDPipe) id: string): Promise<GrantReportDto[]> {
    return this.reports.list(id);
  }

  @Put(':reportId')
  @Access('grants.read', GRANTEE)
  @ApiForbiddenResponse({ description: 'Staff read reports; only the grantee writes them.' })
  @ApiConflictResponse({ description: '`report_not_editable`, `report_stale_version`.' })
  @ApiUnprocessableEntityResponse({ description: '`report_expenditure_invalid`: every bad line listed.' })
  save(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() body: SaveGrantReportDto,
  ): Promise<GrantReportDto> {
    return this.reports.save(id, reportId, body);
  }

  @Post(':reportId/submit')
  @Access('grants.read', GRANTEE)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`illegal_transition`: already submitted or approved.' })
  @ApiUnprocessableEntityResponse({ description: '`report_incomplete`: no narrative yet.' })
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
  ): Promise<GrantReportDto> {
    return this.reports.submit(user, id, reportId);
  }

  /** Approving an interim report releases the next interim tranche; the final one, the balance. */
  @Post(':reportId/approve')
  @Access('grants.manage', GRANT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`illegal_transition`: only a submitted report is reviewed.' })
  approve(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() body: ReviewGrantReportDto,
  ): Promise<GrantReportDto> {
    return this.reports.review(user, id, reportId, 'approved', body.comments);
  }

  @Post(':reportId/return')
  @Access('grants.manage', GRANT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`illegal_transition`: only a submitted report is reviewed.' })
  @ApiUnprocessableEntityResponse({ description: '`report_comments_required`.' })
  returnToGrantee(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reportId', ParseUUIDPipe) reportId: string,
    @Body() body: ReviewGrantReportDto,
  ): Promise<GrantReportDto> {
    return this.reports.review(user, id, reportId, 'returned', body.comments);
  }
}
