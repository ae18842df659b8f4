import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignmentPlanDto,
  DeclarationRequest,
  EvaluationAssignmentDto,
  EvaluatorOptionDto,
  MyEvaluationDto,
  Page,
} from '@skema/contracts';
import {
  type AssignmentApplication,
  type AssignmentEvaluator,
  type AssignmentInput,
  assertCallTransition,
  assertTransition,
  assignEvaluators,
  evaluatorIneligibility,
  replaceEvaluator,
} from '@skema/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { AppException } from '../../../common/errors/app.exception';
import { escapeLike } from '../../../database/escape-like';
import { Application } from '../../applications/entities/application.entity';
import { Call } from '../../calls/entities/call.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import type { ListAssignmentsQuery } from './dto/list-assignments.query';
import { EvaluationAssignment } from './evaluation-assignment.entity';

/** Where evaluators may be assigned by hand; the automatic plan covers the `eligible` ones. */
const ASSIGNABLE = ['eligible', 'in_evaluation'] as const;

// Entity property paths: TypeORM's paginated joins (skip/take) need them, not column names.
const SORT_PROPERTIES = {
  reference: 'application.reference',
  evaluator: 'evaluator.displayName',
  assignedAt: 'assignment.assignedAt',
} as const;
type AssignmentSortKey = keyof typeof SORT_PROPERTIES;
const TIE_BREAKS: readonly AssignmentSortKey[] = ['reference', 'evaluator'];

/**
 * Evaluator assignment (DESIGN §3, decision 0015): the automatic plan for a call's eligible
 * applications, the programme manager's manual adjustments, and the evaluator's conflict-of-interest
 * declaration (a declared conflict is replaced at once, one for one). The rule itself is the domain's.
 */
@Injectable()
export class AssignmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Fills every eligible (or already in evaluation) application of the call up to two evaluators; kept assignments stay. */
  async autoAssign(user: AuthenticatedUser, callId: string, now = new Date()): Promise<AssignmentPlanDto> {
    return this.dataSource.transaction(async (manager) => {
      // One plan per call at a time: two concurrent plans would pick the same free slots.
      const call = await manager.findOneOrFail(Call, { where: { id: callId }, lock: { mode: 'pessimistic_write' } });
      const applications = await manager.find(Application, {
        where: { callId, status: In(['eligible', 'in_evaluation']) },
        select: { id: true, organisationId: true },
      });
      const input = await this.assignmentInput(manager, applications);
      const plan = assignEvaluators(input);
      for (const problem of plan.problems) {
        if (problem.kind !== 'ineligible_assignment') continue;
        const stale = await manager.findOneByOrFail(EvaluationAssignment, {
          applicationId: problem.applicationId,
          evaluatorId: problem.evaluatorId,
        });
        await manager.remove(stale);
      }
      await manager.save(
        plan.assignments.map((a) =>
          manager.create(EvaluationAssignment, { ...a, assignedBy: user.id, assignedAt: now, declaration: 'pending' }),
        ),
      );
      const assigned = new Set(plan.assignments.map((a) => a.applicationId));
      await startEvaluation(
        manager,
        call,
        applications.filter((a) => assigned.has(a.id)).map((a) => a.id),
        now,
      );
      return {
        created: plan.assignments.length,
        problems: plan.problems,
        loads: plan.loads,
        loadSpread: plan.loadSpread,
      };
    });
  }

  /**
   * The call's assignments, filtered, sorted and paged in the database (a large call has tens of
   * thousands): by reference or evaluator name (`q`), declaration, evaluator or application.
   */
  async listForCall(callId: string, query: ListAssignmentsQuery): Promise<Page<EvaluationAssignmentDto>> {
    if (!(await this.dataSource.manager.existsBy(Call, { id: callId }))) {
      throw new AppException('not_found', HttpStatus.NOT_FOUND);
    }
    const builder = this.dataSource
      .getRepository(EvaluationAssignment)
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.application', 'application')
      .innerJoinAndSelect('assignment.evaluator', 'evaluator')
      .where('application.call_id = :callId', { callId });
    if (query.applicationId) {
      builder.andWhere('assignment.application_id = :applicationId', { applicationId: query.applicationId });
    }
    if (query.evaluatorId) {
      builder.andWhere('assignment.evaluator_id = :evaluatorId', { evaluatorId: query.evaluatorId });
    }
    if (query.declaration) {
      builder.andWhere('assignment.declaration = :declaration', { declaration: query.declaration });
    }
    if (query.q) {
      builder.andWhere('(application.reference ILIKE :q OR evaluator.display_name ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const key = query.sort.replace('-', '') as AssignmentSortKey;
    builder.orderBy(SORT_PROPERTIES[key], query.sort.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST');
    // Ties by reference, then evaluator, then id, whichever the order asked: a stable page.
    for (const then of TIE_BREAKS) if (then !== key) builder.addOrderBy(SORT_PROPERTIES[then], 'ASC', 'NULLS LAST');
    const [rows, total] = await builder
      .addOrderBy('assignment.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** A manual assignment; refused when the evaluator is from the applying CSO or declared a conflict. */
  async add(
    user: AuthenticatedUser,
    applicationId: string,
    evaluatorId: string,
    now = new Date(),
  ): Promise<EvaluationAssignmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneOrFail(Application, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!(ASSIGNABLE as readonly string[]).includes(application.status)) {
        throw new AppException('assignment_not_open', HttpStatus.CONFLICT);
      }
      const [evaluator] = await this.activeEvaluators(manager, [evaluatorId]);
      if (!evaluator) throw new AppException('evaluator_unknown', HttpStatus.UNPROCESSABLE_ENTITY);
      const rows = await manager.findBy(EvaluationAssignment, { applicationId });
      const conflicts = rows.filter((r) => r.declaration === 'conflict');
      if (evaluatorIneligibility(application, evaluator, conflicts) !== null) {
        throw new AppException('evaluator_ineligible', HttpStatus.CONFLICT);
      }
      if (rows.some((r) => r.evaluatorId === evaluatorId)) {
        throw new AppException('evaluator_already_assigned', HttpStatus.CONFLICT);
      }
      const saved = await manager.save(
        manager.create(EvaluationAssignment, {
          applicationId,
          evaluatorId,
          assignedBy: user.id,
          assignedAt: now,
          declaration: 'pending',
        }),
      );
      const call = await manager.findOneOrFail(Call, {
        where: { id: application.callId },
        lock: { mode: 'pessimistic_write' },
      });
      await startEvaluation(manager, call, [application.id], now);
      return this.one(manager, saved.id);
    });
  }

  /**
   * Removes a manual or planned assignment, with its draft sheet if any. A declared conflict and a
   * submitted sheet stay as the record (a submitted sheet may be what the application's score is made of).
   */
  async remove(applicationId: string, assignmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(EvaluationAssignment, {
        where: { id: assignmentId, applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      if (assignment.declaration === 'conflict') {
        throw new AppException('assignment_conflict_kept', HttpStatus.CONFLICT);
      }
      const sheet = await manager.findOne(Evaluation, { where: { assignmentId }, lock: { mode: 'pessimistic_write' } });
      if (sheet?.status === 'submitted') throw new AppException('assignment_has_evaluation', HttpStatus.CONFLICT);
      if (sheet) await manager.remove(sheet);
      await manager.remove(assignment);
    });
  }

  /** Every active evaluator the programme manager may pick, with their CSO and their load across calls. */
  async evaluators(): Promise<EvaluatorOptionDto[]> {
    return this.dataSource.query<EvaluatorOptionDto[]>(
      `SELECT u.id, u.display_name AS "displayName", o.legal_name AS "organisationName",
              (SELECT COUNT(*) FROM evaluation_assignments ea
                WHERE ea.evaluator_id = u.id AND ea.declaration <> 'conflict')::int AS load
         FROM users u
         JOIN user_roles r ON r.user_id = u.id AND r.role = 'evaluator'
         LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.is_active
        ORDER BY u.display_name, u.id`,
    );
  }

  /** The evaluator's own assignments: which application, call and lot, and the declaration. */
  async mine(user: AuthenticatedUser): Promise<MyEvaluationDto[]> {
    const rows = await this.dataSource
      .getRepository(EvaluationAssignment)
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.application', 'application')
      .innerJoinAndSelect('application.call', 'call')
      .innerJoinAndSelect('application.lot', 'lot')
      .where('assignment.evaluator_id = :userId', { userId: user.id })
      .orderBy('assignment.assigned_at', 'DESC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany();
    const sheets = rows.length
      ? await this.dataSource.getRepository(Evaluation).find({
          where: { assignmentId: In(rows.map((r) => r.id)) },
          select: { assignmentId: true, status: true },
        })
      : [];
    const sheetStatus = new Map(sheets.map((sheet) => [sheet.assignmentId, sheet.status]));
    return rows.map((row) => {
      const application = row.application as Application;
      return {
        id: row.id,
        applicationId: row.applicationId,
        applicationReference: application.reference,
        callId: application.callId,
        callReference: application.call?.reference ?? '',
        lotId: application.lotId,
        lotRegionCode: application.lot?.regionCode ?? '',
        declaration: row.declaration,
        declaredAt: row.declaredAt?.toISOString() ?? null,
        evaluationStatus: sheetStatus.get(row.id) ?? 'not_started',
      };
    });
  }

  /**
   * Signs the declaration of no conflict, or declares a conflict (also after signing, which ends the
   * access to the application): the assignment is marked and its slot goes at once to the evaluator the
   * assignment rule picks, in the same transaction. A sheet already written stays as the record but no
   * longer counts: consolidation reads only the sheets of assignments not declared a conflict.
   */
  async declare(assignmentId: string, request: DeclarationRequest, now = new Date()): Promise<MyEvaluationDto> {
    // Read loosely: the validated body is a class instance whose absent fields exist as undefined.
    const body = request as { signed?: boolean; conflict?: boolean; reason?: string };
    const signed = body.signed === true;
    const conflict = body.conflict === true;
    if (signed === conflict) throw new AppException('bad_request', HttpStatus.BAD_REQUEST);
    const assignment = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(EvaluationAssignment, {
        where: { id: assignmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      // A conflict may still surface after signing (the evaluator reads the application); never the reverse.
      if (found.declaration === 'conflict' || (signed && found.declaration === 'signed')) {
        throw new AppException('declaration_already_made', HttpStatus.CONFLICT);
      }
      if (conflict) await this.replace(manager, found, now);
      found.declaration = signed ? 'signed' : 'conflict';
      found.declaredAt = now;
      found.conflictReason = conflict ? (body.reason?.trim() ?? null) : null;
      return manager.save(found);
    });
    const mine = await this.mine({ id: assignment.evaluatorId } as AuthenticatedUser);
    return mine.find((m) => m.id === assignment.id) as MyEvaluationDto;
  }

  /** The replacement of a declared conflict, chosen by the domain rule (none when nobody is left). */
  private async replace(manager: EntityManager, declared: EvaluationAssignment, now: Date): Promise<void> {
    const application = await manager.findOneOrFail(Application, {
      where: { id: declared.applicationId },
      select: { id: true, organisationId: true },
      lock: { mode: 'pessimistic_write' },
    });
    const input = await this.assignmentInput(manager, [application]);
    const { replacement } = replaceEvaluator(input, declared);
    if (!replacement) return;
    await manager.save(
      manager.create(EvaluationAssignment, {
        ...replacement,
        assignedBy: declared.assignedBy,
        assignedAt: now,
        declaration: 'pending',
      }),
    );
  }

  /**
   * The domain's input for these applications: every active evaluator with their load elsewhere, the
   * assignments kept on them (not the conflicts, which are the conflicts), inactive evaluators left out.
   */
  private async assignmentInput(
    manager: EntityManager,
    applications: readonly AssignmentApplication[],
  ): Promise<AssignmentInput> {
    const ids = applications.map((a) => a.id);
    const pool = await this.activeEvaluators(manager);
    const active = new Set(pool.map((e) => e.id));
    const rows = ids.length === 0 ? [] : await manager.findBy(EvaluationAssignment, { applicationId: In(ids) });
    const elsewhere = await manager
      .getRepository(EvaluationAssignment)
      .createQueryBuilder('assignment')
      .select('assignment.evaluator_id', 'evaluatorId')
      .addSelect('COUNT(*)::int', 'load')
      .where('assignment.declaration <> :conflict', { conflict: 'conflict' })
      .andWhere(ids.length === 0 ? 'TRUE' : 'assignment.application_id NOT IN (:...ids)', { ids })
      .groupBy('assignment.evaluator_id')
      .getRawMany<{ evaluatorId: string; load: number }>();
    const load = new Map(elsewhere.map((row) => [row.evaluatorId, row.load]));
    return {
      applications: applications.map(({ id, organisationId }) => ({ id, organisationId })),
      evaluators: pool.map((e) => ({ ...e, existingLoad: load.get(e.id) ?? 0 })),
      conflicts: rows.filter((r) => r.declaration === 'conflict'),
      existingAssignments: rows.filter((r) => r.declaration !== 'conflict' && active.has(r.evaluatorId)),
    };
  }

  /** Active people holding the evaluator role (optionally only these ids). */
  private async activeEvaluators(
    manager: EntityManager,
    only?: readonly string[],
  ): Promise<Omit<AssignmentEvaluator, 'existingLoad'>[]> {
    const rows = await manager.query<{ id: string; organisation_id: string | null }[]>(
      `SELECT u.id, u.organisation_id FROM users u
        JOIN user_roles r ON r.user_id = u.id AND r.role = 'evaluator'
       WHERE u.is_active AND ($1::uuid[] IS NULL OR u.id = ANY($1::uuid[]))`,
      [only ?? null],
    );
    return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id }));
  }

  private async one(manager: EntityManager, id: string): Promise<EvaluationAssignmentDto> {
    const row = await manager.findOneOrFail(EvaluationAssignment, {
      where: { id },
      relations: { application: true, evaluator: true },
    });
    return toDto(row);
  }
}

/**
 * Evaluation starts when evaluators are assigned: the call moves to `in_evaluation` (closing it first
 * if it was still `published` past its deadline) and each newly assigned `eligible` application to
 * `in_evaluation`, through the lifecycles' tables.
 */
async function startEvaluation(manager: EntityManager, call: Call, applicationIds: string[], now: Date): Promise<void> {
  if (call.status === 'published') {
    assertCallTransition(call.status, 'closed');
    call.status = 'closed';
    call.closedAt = now;
  }
  if (call.status === 'closed') {
    assertCallTransition(call.status, 'in_evaluation');
    call.status = 'in_evaluation';
    await manager.save(call);
  }
  if (applicationIds.length === 0) return;
  const applications = await manager.findBy(Application, { id: In(applicationIds), status: 'eligible' });
  for (const application of applications) {
    assertTransition(application.status, 'in_evaluation');
    application.status = 'in_evaluation';
  }
  await manager.save(applications);
}

function toDto(row: EvaluationAssignment): EvaluationAssignmentDto {
  return {
    id: row.id,
    applicationId: row.applicationId,
    applicationReference: row.application?.reference ?? null,
    evaluatorId: row.evaluatorId,
    evaluatorName: row.evaluator?.displayName ?? '',
    declaration: row.declaration,
    declaredAt: row.declaredAt?.toISOString() ?? null,
    conflictReason: row.conflictReason,
    assignedAt: row.assignedAt.toISOString(),
  };
}
