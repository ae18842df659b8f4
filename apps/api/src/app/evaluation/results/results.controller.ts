import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { ApplicationResultDto, CallRankingDto, ExportJobDto, LotRankingDto } from '@skema/contracts';
import { Access } from '../../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { CurrentUser } from '../../../common/access/current-user.decorator';
import { ApplicationResultService } from './application-result.service';
import { ConfirmLotRankingDto } from './dto/confirm-lot-ranking.dto';
import { EvaluationReportDto } from './dto/evaluation-report.dto';
import { RankingService } from './ranking.service';
import { EvaluationReportService } from './report/evaluation-report.service';
import { ResultsPublicationService } from './results-publication.service';

const CALL = { kind: 'call', param: 'id' };
const APPLICATION = { kind: 'application', param: 'id' };

/** The programme manager's ranking per lot, its confirmation, the publication and the report. */
@ApiTags('evaluation')
@Controller('calls/:id')
export class RankingController {
  constructor(
    private readonly ranking: RankingService,
    private readonly publication: ResultsPublicationService,
    private readonly reports: EvaluationReportService,
  ) {}

  @Get('ranking')
  @Access('evaluation.manage', CALL)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CallRankingDto> {
    return this.ranking.callRanking(id);
  }

  /** Stores the lot's decisions with the awards given (reduced, never raised; any left out gets its request). */
  @Post('lots/:lotId/ranking/confirm')
  @Access('evaluation.manage', CALL)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`ranking_provisional`, `results_already_published`, `illegal_transition`.' })
  @ApiUnprocessableEntityResponse({
    description: '`award_above_request`, `award_not_positive`, `award_unknown_application`, `award_duplicate`.',
  })
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lotId', ParseUUIDPipe) lotId: string,
    @Body() body: ConfirmLotRankingDto,
  ): Promise<LotRankingDto> {
    return this.ranking.confirm(user, id, lotId, body);
  }

  /** Gives every application its outcome, awards the call and tells every CSO that applied. */
  @Post('results/publish')
  @Access('evaluation.manage', CALL)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({
    description: '`ranking_not_confirmed`, `ranking_changed`, `results_already_published`, `illegal_transition`.',
  })
  publish(@Param('id', ParseUUIDPipe) id: string): Promise<CallRankingDto> {
    return this.publication.publish(id);
  }

  /** Starts the report; poll `GET /api/exports/:id`, then download its file. */
  @Post('evaluation-report')
  @Access('evaluation.manage', CALL)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'The export job, queued.' })
  @ApiConflictResponse({ description: '`evaluation_report_unavailable`: evaluation has not started.' })
  report(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EvaluationReportDto,
  ): Promise<ExportJobDto> {
    return this.reports.request(user, id, body);
  }
}

/** An application's published result: its CSO and programme managers. */
@ApiTags('evaluation')
@Controller('applications/:id/result')
export class ApplicationResultController {
  constructor(private readonly results: ApplicationResultService) {}

  @Get()
  @Access('applications.result', APPLICATION)
  @ApiNotFoundResponse({ description: '`result_not_published` before the call’s results are published.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ApplicationResultDto> {
    return this.results.result(id);
  }
}
