import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { EvaluationSheetDto } from '@skema/contracts';
import { Access } from '../../../common/access/access.decorator';
import { SaveScoresDto } from './dto/save-scores.dto';
import { SubmitEvaluationDto } from './dto/submit-evaluation.dto';
import { ScoringService } from './scoring.service';

const ASSIGNMENT = { kind: 'evaluation_assignment', param: 'assignmentId' };

/**
 * The evaluator's own score sheet, per assignment (the assignment policy: another evaluator's is "not
 * found"). There is no route from here to anyone else's sheet; programme managers read them all
 * through `GET /applications/:id/evaluations`.
 */
@ApiTags('evaluation')
@Controller('evaluations')
export class ScoringController {
  constructor(private readonly scoring: ScoringService) {}

  /** The sheet with the call's grid; empty (every criterion open) until first saved. */
  @Get(':assignmentId')
  @Access('evaluation.evaluate', ASSIGNMENT)
  @ApiConflictResponse({ description: '`declaration_required`: sign the declaration first.' })
  sheet(@Param('assignmentId', ParseUUIDPipe) assignmentId: string): Promise<EvaluationSheetDto> {
    return this.scoring.sheet(assignmentId);
  }

  /** Saves the whole sheet as a draft (400 `score_sheet_invalid` with `scores.<criterionKey>.score|comment`). */
  @Put(':assignmentId/scores')
  @Access('evaluation.evaluate', ASSIGNMENT)
  @ApiConflictResponse({
    description: '`declaration_required`; `evaluation_locked` once submitted; `evaluation_closed` after publication.',
  })
  save(
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
    @Body() body: SaveScoresDto,
  ): Promise<EvaluationSheetDto> {
    return this.scoring.save(assignmentId, body);
  }

  /** Submits and locks the sheet, saving `scores` first when sent. */
  @Post(':assignmentId/submit')
  @Access('evaluation.evaluate', ASSIGNMENT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({
    description: '`declaration_required`; `evaluation_locked` once submitted; `evaluation_closed` after publication.',
  })
  @ApiUnprocessableEntityResponse({
    description: '`score_sheet_incomplete`: a field error per criterion without a score or a comment.',
  })
  submit(
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
    @Body() body: SubmitEvaluationDto,
  ): Promise<EvaluationSheetDto> {
    return this.scoring.submit(assignmentId, body?.scores ? { scores: body.scores } : undefined);
  }
}
