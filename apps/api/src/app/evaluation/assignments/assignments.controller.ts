import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type {
  AssignmentPlanDto,
  EvaluationAssignmentDto,
  EvaluatorOptionDto,
  MyEvaluationDto,
  Page,
} from '@skema/contracts';
import { Access } from '../../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { CurrentUser } from '../../../common/access/current-user.decorator';
import { AssignmentsService } from './assignments.service';
import { AddAssignmentDto } from './dto/add-assignment.dto';
import { DeclarationDto } from './dto/declaration.dto';
import { ListAssignmentsQuery } from './dto/list-assignments.query';

const APPLICATION = { kind: 'application', param: 'id' };
const ASSIGNMENT = { kind: 'evaluation_assignment', param: 'assignmentId' };

/** The programme manager assigns evaluators: the automatic plan per call, then adjustments by hand. */
@ApiTags('evaluation')
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  /** Fills every eligible application of the call up to two evaluators, balancing the load. */
  @Post('calls/:id/assignments/auto')
  @Access('evaluation.assign')
  @HttpCode(HttpStatus.OK)
  auto(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<AssignmentPlanDto> {
    return this.assignments.autoAssign(user, id);
  }

  /** The call's assignments with their declarations, a page at a time. */
  @Get('calls/:id/assignments')
  @Access('evaluation.assign')
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListAssignmentsQuery,
  ): Promise<Page<EvaluationAssignmentDto>> {
    return this.assignments.listForCall(id, query);
  }

  /** Who can be assigned: active evaluators, their CSO (never assigned to its applications) and their load. */
  @Get('evaluators')
  @Access('evaluation.assign')
  evaluators(): Promise<EvaluatorOptionDto[]> {
    return this.assignments.evaluators();
  }

  @Post('applications/:id/assignments')
  @Access('evaluation.assign', APPLICATION)
  @ApiConflictResponse({
    description:
      '`evaluator_ineligible` (own CSO or declared conflict), `evaluator_already_assigned`, `assignment_not_open`.',
  })
  add(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddAssignmentDto,
  ): Promise<EvaluationAssignmentDto> {
    return this.assignments.add(user, id, body.evaluatorId);
  }

  @Delete('applications/:id/assignments/:assignmentId')
  @Access('evaluation.assign', APPLICATION)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiConflictResponse({
    description:
      '`assignment_conflict_kept`: a declared conflict stays as the record; ' +
      '`assignment_has_evaluation`: so does a submitted sheet (a draft goes with the assignment).',
  })
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
  ): Promise<void> {
    return this.assignments.remove(id, assignmentId);
  }
}

/** The evaluator's side: their assignments and the conflict-of-interest declaration. */
@ApiTags('evaluation')
@Controller('evaluations')
export class EvaluationsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @Access('evaluation.evaluate')
  mine(@CurrentUser() user: AuthenticatedUser): Promise<MyEvaluationDto[]> {
    return this.assignments.mine(user);
  }

  /** `{ signed: true }`, or `{ conflict: true, reason }`: another evaluator takes the slot at once. */
  @Post(':assignmentId/declaration')
  @Access('evaluation.evaluate', ASSIGNMENT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`declaration_already_made`.' })
  declare(
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
    @Body() body: DeclarationDto,
  ): Promise<MyEvaluationDto> {
    return this.assignments.declare(assignmentId, body as Parameters<AssignmentsService['declare']>[1]);
  }
}
