import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ConsolidationDto,
  type ConsolidationRowDto,
  type EvaluationProgressDto,
  type Page,
  REGION_CODES,
} from '@skema/contracts';
import { type DataSource, In } from 'typeorm';
import { escapeLike } from '../../../database/escape-like';
import { Application } from '../../applications/entities/application.entity';
import { Call } from '../../calls/entities/call.entity';
import { ConsolidationReader, IN_EVALUATION_SCOPE } from '../consolidation/consolidation.reader';
import type { ListConsolidationsQuery } from './dto/list-consolidations.query';

type ConsolidationSortKey = 'reference' | 'total' | 'spread';

interface EvaluatorRow {
  evaluatorId: string;
  evaluatorName: string;
  assigned: number;
  pendingDeclaration: number;
  conflicts: number;
  drafts: number;
  submitted: number;
}

/**
 * How far a call's evaluation is (DESIGN §3), for the programme manager: per lot how many applications
 * are consolidated, divergent (waiting for a third evaluator or a moderation) or incomplete, per
 * evaluator how much is done, and the list of consolidations to work through. Consolidation is always
 * the reader's (decision 0015), never recomputed here; a call has at most a few hundred applications,
 * so its status filter, the sorts by score and the paging run on the reader's answer in memory.
 */
@Injectable()
export class EvaluationProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consolidation: ConsolidationReader,
  ) {}

  async progress(callId: string): Promise<EvaluationProgressDto> {
    const manager = this.dataSource.manager;
    const call = await manager.findOneOrFail(Call, { where: { id: callId }, relations: { lots: true } });
    const applications = await manager.find(Application, {
      where: { callId, status: In(IN_EVALUATION_SCOPE) },
      select: { id: true, lotId: true },
    });
    const consolidations = await this.consolidation.read(manager, call, {
      applicationIds: applications.map((a) => a.id),
    });
    const lots = [...(call.lots ?? [])].sort(
      (a, b) => REGION_CODES.indexOf(a.regionCode) - REGION_CODES.indexOf(b.regionCode) || compareText(a.id, b.id),
    );
    const evaluators = await manager.query<EvaluatorRow[]>(
      `SELECT u.id AS "evaluatorId", u.display_name AS "evaluatorName",
              COUNT(*) FILTER (WHERE ea.declaration <> 'conflict')::int AS assigned,
              COUNT(*) FILTER (WHERE ea.declaration = 'pending')::int AS "pendingDeclaration",
              COUNT(*) FILTER (WHERE ea.declaration = 'conflict')::int AS conflicts,
              COUNT(e.id) FILTER (WHERE ea.declaration <> 'conflict' AND e.status = 'draft')::int AS drafts,
              COUNT(e.id) FILTER (WHERE ea.declaration <> 'conflict' AND e.status = 'submitted')::int AS submitted
         FROM evaluation_assignments ea
         JOIN applications a ON a.id = ea.application_id
         JOIN users u ON u.id = ea.evaluator_id
         LEFT JOIN evaluations e ON e.assignment_id = ea.id
        WHERE a.call_id = $1
        GROUP BY u.id, u.display_name
        ORDER BY u.display_name, u.id`,
      [callId],
    );
    return {
      callId,
      callStatus: call.status,
      lots: lots.map((lot) => {
        const inLot = applications.filter((a) => a.lotId === lot.id);
        const count = (status: ConsolidationDto['status']) =>
          inLot.filter((a) => consolidations.get(a.id)?.status === status).length;
        return {
          lotId: lot.id,
          regionCode: lot.regionCode,
          applications: inLot.length,
          consolidated: count('consolidated'),
          divergent: count('divergent'),
          incomplete: inLot.length - count('consolidated') - count('divergent'),
        };
      }),
      evaluators,
    };
  }

  /** The call's applications in evaluation with their consolidation, filtered, sorted and paged. */
  async consolidations(callId: string, query: ListConsolidationsQuery): Promise<Page<ConsolidationRowDto>> {
    const manager = this.dataSource.manager;
    const call = await manager.findOneByOrFail(Call, { id: callId });
    const builder = manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.lot', 'l')
      .innerJoinAndSelect('a.organisation', 'o')
      .where('a.call_id = :callId', { callId })
      .andWhere('a.status IN (:...states)', { states: IN_EVALUATION_SCOPE });
    if (query.lotId) builder.andWhere('a.lot_id = :lotId', { lotId: query.lotId });
    if (query.q) builder.andWhere('(o.legal_name ILIKE :q OR a.reference ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    const applications = await builder.getMany();
    const ids = applications.map((a) => a.id);
    const consolidations = await this.consolidation.read(manager, call, { applicationIds: ids });
    const assigned = new Map(
      (
        await manager.query<{ application_id: string; count: number }[]>(
          `SELECT application_id, COUNT(*)::int AS count FROM evaluation_assignments
            WHERE application_id = ANY($1::uuid[]) AND declaration <> 'conflict' GROUP BY application_id`,
          [ids],
        )
      ).map((row) => [row.application_id, row.count]),
    );
    const rows = applications
      .map((a) => toRow(a, assigned.get(a.id) ?? 0, consolidations.get(a.id) ?? null))
      .filter((row) => !query.consolidation || row.consolidation === query.consolidation)
      .sort(compareRows(query.sort));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: rows.slice(start, start + query.pageSize),
      total: rows.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

function toRow(application: Application, assignedCount: number, c: ConsolidationDto | null): ConsolidationRowDto {
  return {
    applicationId: application.id,
    reference: application.reference,
    organisationName: application.organisation?.legalName ?? '',
    lotId: application.lotId,
    lotRegionCode: application.lot?.regionCode ?? '',
    status: application.status,
    assignedCount,
    submittedCount: c?.submittedCount ?? 0,
    consolidation: c?.status ?? 'incomplete',
    method: c?.method ?? null,
    total: c?.total ?? null,
    spreadPoints: c?.spreadPoints ?? null,
    divergent: c?.divergent ?? false,
  };
}

/** By the key asked, missing values last either way (as the lists sorted in SQL do), then by reference and id. */
function compareRows(
  sort: ListConsolidationsQuery['sort'],
): (a: ConsolidationRowDto, b: ConsolidationRowDto) => number {
  const key = sort.replace('-', '') as ConsolidationSortKey;
  const direction = sort.startsWith('-') ? -1 : 1;
  const value = (row: ConsolidationRowDto): string | number | null =>
    key === 'reference' ? row.reference : key === 'total' ? row.total : row.spreadPoints;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return compareText(a.reference ?? '', b.reference ?? '') || compareText(a.applicationId, b.applicationId);
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
