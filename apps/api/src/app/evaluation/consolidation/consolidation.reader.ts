import { Injectable } from '@nestjs/common';
import type { ApplicationStatus, ConsolidationDto, EvaluationGridDto } from '@skema/contracts';
import { consolidate, type EvaluationForConsolidation } from '@skema/domain';
import type { EntityManager } from 'typeorm';

/**
 * The applications an evaluation is about: eligible ones (not yet assigned: incomplete, which keeps a
 * lot's ranking provisional), those in evaluation, and, once results are published, every outcome.
 */
export const IN_EVALUATION_SCOPE: readonly ApplicationStatus[] = [
  'eligible',
  'in_evaluation',
  'evaluated',
  'selected',
  'reserve',
  'rejected',
  'contracted',
];

/** What the reader answers for an application with no submitted sheet. */
export const NOTHING_SUBMITTED: ConsolidationDto = {
  status: 'incomplete',
  method: null,
  submittedCount: 0,
  countedAssignmentIds: [],
  sectionScores: null,
  total: null,
  spreadPoints: null,
  divergent: false,
};

/** What the reader needs of a call. */
export interface ConsolidationCall {
  id: string;
  grid: EvaluationGridDto | null;
  divergenceGapBp: number;
}

/** Which applications: every one of the call (optionally of one lot), or these ids. */
export type ConsolidationScope = { lotId?: string } | { applicationIds: readonly string[] };

interface Row {
  application_id: string;
  assignment_id: string | null;
  status: 'draft' | 'submitted' | null;
  section_points: Record<string, number> | null;
  total_points: number | null;
  complete: boolean | null;
  moderation: Record<string, number> | null;
}

/**
 * Consolidates applications from what is stored (decision 0015): the submitted evaluations of their
 * assignments that are not declared conflicts, and a moderation if one was recorded, through the
 * domain's `consolidate`. Computed on every read — it is cheap (one query, points already summed per
 * sheet) and can never disagree with the sheets. Used by the scoring, ranking and results services.
 */
@Injectable()
export class ConsolidationReader {
  /** Keyed by application id; every application in scope is present (incomplete when nothing is submitted). */
  async read(
    manager: EntityManager,
    call: ConsolidationCall,
    scope: ConsolidationScope = {},
  ): Promise<Map<string, ConsolidationDto>> {
    const grid = call.grid;
    if (!grid) return new Map();
    const byIds = 'applicationIds' in scope;
    if (byIds && scope.applicationIds.length === 0) return new Map();
    const rows = await manager.query<Row[]>(
      `SELECT a.id AS application_id, e.assignment_id, e.status, e.section_points, e.total_points, e.complete,
              m.section_scores AS moderation
         FROM applications a
         LEFT JOIN evaluations e ON e.application_id = a.id AND e.status = 'submitted'
              AND EXISTS (SELECT 1 FROM evaluation_assignments ea
                           WHERE ea.id = e.assignment_id AND ea.declaration <> 'conflict')
         LEFT JOIN moderations m ON m.application_id = a.id
        WHERE a.call_id = $1
          AND ($2::uuid IS NULL OR a.lot_id = $2::uuid)
          AND ($3::uuid[] IS NULL OR a.id = ANY($3::uuid[]))`,
      [call.id, byIds ? null : (scope.lotId ?? null), byIds ? scope.applicationIds : null],
    );
    const grouped = new Map<string, { evaluations: EvaluationForConsolidation[]; moderation: Row['moderation'] }>();
    for (const row of rows) {
      let entry = grouped.get(row.application_id);
      if (!entry) {
        entry = { evaluations: [], moderation: row.moderation };
        grouped.set(row.application_id, entry);
      }
      if (row.assignment_id === null || row.section_points === null || row.total_points === null) continue;
      entry.evaluations.push({
        evaluationId: row.assignment_id,
        submitted: row.status === 'submitted',
        points: { sections: row.section_points, total: row.total_points, complete: row.complete ?? false },
      });
    }
    const result = new Map<string, ConsolidationDto>();
    for (const [applicationId, { evaluations, moderation }] of grouped) {
      const c = consolidate(grid, evaluations, {
        gapBp: call.divergenceGapBp,
        moderation: moderation ? { sectionScores: moderation } : null,
      });
      result.set(applicationId, {
        status: c.status,
        method: c.method,
        submittedCount: c.submittedCount,
        countedAssignmentIds: c.countedEvaluationIds,
        sectionScores: c.sectionScores,
        total: c.total,
        spreadPoints: c.spreadPoints,
        divergent: c.divergent,
      });
    }
    return result;
  }

  async one(manager: EntityManager, call: ConsolidationCall, applicationId: string): Promise<ConsolidationDto | null> {
    const map = await this.read(manager, call, { applicationIds: [applicationId] });
    return map.get(applicationId) ?? null;
  }
}
