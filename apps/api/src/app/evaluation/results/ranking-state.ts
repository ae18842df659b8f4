import { HttpStatus } from '@nestjs/common';
import { type CallRankingDto, type EvaluationGridDto, REGION_CODES } from '@skema/contracts';
import { type EntityManager, In } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import { Application } from '../../applications/entities/application.entity';
import { budgetOfSnapshot } from '../../applications/receipts/receipt-data';
import { CallLot } from '../../calls/entities/call-lot.entity';
import { Call } from '../../calls/entities/call.entity';
import {
  type ConsolidationReader,
  IN_EVALUATION_SCOPE,
  NOTHING_SUBMITTED,
} from '../consolidation/consolidation.reader';
import { AwardDecision } from './award-decision.entity';
import { lotRanking, type RankingCandidateRow, relevanceSectionKeyOf } from './lot-ranking';

export interface LotState {
  lot: CallLot;
  candidates: RankingCandidateRow[];
  decisions: AwardDecision[];
}

/** Everything a call's ranking is computed from, read in one go (within the caller's transaction). */
export interface RankingState {
  call: Call;
  grid: EvaluationGridDto;
  relevanceSectionKey: string;
  lots: LotState[];
}

/**
 * Reads a call's lots (in the regions' order), their candidates with the grant requested in the
 * frozen submission, their consolidations (ConsolidationReader, never recomputed) and the confirmed
 * decisions. A call without a grid (a draft) has nothing to rank: 409.
 */
export async function readRankingState(
  manager: EntityManager,
  reader: ConsolidationReader,
  call: Call,
): Promise<RankingState> {
  const grid = call.grid;
  if (!grid) throw new AppException('illegal_transition', HttpStatus.CONFLICT);
  const lots = (await manager.findBy(CallLot, { callId: call.id })).sort(
    (a, b) => REGION_CODES.indexOf(a.regionCode) - REGION_CODES.indexOf(b.regionCode),
  );
  const applications = await manager.find(Application, {
    where: { callId: call.id, status: In([...IN_EVALUATION_SCOPE]) },
    relations: { organisation: true },
    order: { submittedAt: 'ASC', id: 'ASC' },
  });
  const ids = applications.map((a) => a.id);
  // Only the budget lines of each frozen snapshot: the whole snapshots (every section's text) cost
  // more to move and parse than everything else the ranking does (tools/bench/evaluation).
  const submissions = await manager.query<{ application_id: string; submitted_at: Date; lines: unknown }[]>(
    `SELECT s.application_id, s.submitted_at,
            (SELECT section -> 'content' -> 'lines' FROM jsonb_array_elements(s.snapshot -> 'sections') section
              WHERE section ->> 'key' = 'budget' LIMIT 1) AS lines
       FROM application_submissions s
      WHERE s.application_id = ANY($1::uuid[])`,
    [ids],
  );
  const requested = new Map(submissions.map((s) => [s.application_id, requestedGrantOf(s.application_id, s.lines)]));
  const submittedAt = new Map(submissions.map((s) => [s.application_id, new Date(s.submitted_at)]));
  const consolidations = await reader.read(manager, call, { applicationIds: ids });
  const decisions = await manager.findBy(AwardDecision, { callId: call.id });
  return {
    call,
    grid,
    relevanceSectionKey: relevanceSectionKeyOf(grid),
    lots: lots.map((lot) => ({
      lot,
      decisions: decisions.filter((d) => d.lotId === lot.id),
      candidates: applications
        .filter((a) => a.lotId === lot.id)
        .map((a) => ({
          applicationId: a.id,
          reference: a.reference,
          organisationName: a.organisation?.legalName ?? '',
          submittedAt: submittedAt.get(a.id) ?? a.submittedAt ?? a.createdAt,
          requestedGrantCents: requested.get(a.id) ?? 0,
          consolidation: consolidations.get(a.id) ?? NOTHING_SUBMITTED,
        })),
    })),
  };
}

/** The call's ranking, lot by lot, with the stored awards (the programme manager's page and the report). */
export function callRankingOf(state: RankingState): CallRankingDto {
  const { call, grid, relevanceSectionKey } = state;
  return {
    callId: call.id,
    callReference: call.reference,
    callStatus: call.status,
    grid,
    relevanceSectionKey,
    resultsPublishedAt: call.resultsPublishedAt?.toISOString() ?? null,
    lots: state.lots.map(({ lot, candidates, decisions }) =>
      lotRanking({ lot, grid, relevanceSectionKey, candidates, decisions }),
    ),
  };
}

/** The grant requested in the submitted budget; a submission always has one (it could not be submitted otherwise). */
function requestedGrantOf(applicationId: string, lines: unknown): number {
  const budget = budgetOfSnapshot({ sections: [{ key: 'budget', content: { lines } }] });
  if (!budget) throw new Error(`submission of ${applicationId} has no budget that adds up`);
  return budget.grantRequestedCents;
}
