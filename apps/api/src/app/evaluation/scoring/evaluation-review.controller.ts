import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { ApplicationEvaluationsDto, ConsolidationRowDto, EvaluationProgressDto, Page } from '@skema/contracts';
import { Access } from '../../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { CurrentUser } from '../../../common/access/current-user.decorator';
import { ListConsolidationsQuery } from './dto/list-consolidations.query';
import { SaveModerationDto } from './dto/save-moderation.dto';
import { EvaluationProgressService } from './evaluation-progress.service';
import { EvaluationReviewService } from './evaluation-review.service';

const APPLICATION = { kind: 'application', param: 'id' };
const CALL = { kind: 'call', param: 'id' };

/** The programme manager follows the evaluation: every sheet, consolidations, moderation and progress. */
@ApiTags('evaluation')
@Controller()
export class EvaluationReviewController {
  constructor(
    private readonly review: EvaluationReviewService,
    private readonly progress: EvaluationProgressService,
  ) {}

  /** Every assignment with the evaluator's name, state and scores, the consolidation and any moderation. */
  @Get('applications/:id/evaluations')
  @Access('evaluation.manage', APPLICATION)
  evaluations(@Param('id', ParseUUIDPipe) id: string): Promise<ApplicationEvaluationsDto> {
    return this.review.view(id);
  }

  /** The committee's agreed score per section (hundredths) and why; it replaces the mean and is final. */
  @Put('applications/:id/moderation')
  @Access('evaluation.manage', APPLICATION)
  @ApiConflictResponse({
    description:
      '`moderation_not_open` with fewer than two submitted evaluations; `evaluation_closed` after publication.',
  })
  moderate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveModerationDto,
  ): Promise<ApplicationEvaluationsDto> {
    return this.review.moderate(user, id, body);
  }

  /** Per lot: consolidated, divergent and incomplete applications; per evaluator: what is done. */
  @Get('calls/:id/evaluation-progress')
  @Access('evaluation.manage', CALL)
  evaluationProgress(@Param('id', ParseUUIDPipe) id: string): Promise<EvaluationProgressDto> {
    return this.progress.progress(id);
  }

  @Get('calls/:id/consolidations')
  @Access('evaluation.manage', CALL)
  consolidations(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListConsolidationsQuery,
  ): Promise<Page<ConsolidationRowDto>> {
    return this.progress.consolidations(id, query);
  }
}
