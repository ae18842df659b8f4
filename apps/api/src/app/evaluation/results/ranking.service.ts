import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CallRankingDto, ConfirmLotRankingRequest, FieldError, Locale, LotRankingDto } from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { AppException } from '../../../common/errors/app.exception';
import { type ErrorCode, translateError } from '../../../common/i18n/messages';
import { Call } from '../../calls/entities/call.entity';
import { ConsolidationReader } from '../consolidation/consolidation.reader';
import { AwardDecision } from './award-decision.entity';
import { decisionsOf, lotRanking } from './lot-ranking';
import { callRankingOf, type LotState, type RankingState, readRankingState } from './ranking-state';

/** One thing wrong with a confirmation's awards, at `awards.<index>.<field>`. */
export interface AwardProblem {
  index: number;
  field: 'applicationId' | 'awardCents';
  code: Extract<ErrorCode, `award_${string}`>;
}

/**
 * What is wrong with the awards of a confirmation, every problem at once: an application not ranked
 * in the lot (unknown, or rejected by a threshold), one named twice, an award not positive or above
 * the grant requested (PRAG: reduced, never raised).
 */
export function awardProblems(
  awards: ConfirmLotRankingRequest['awards'],
  requestedByRanked: ReadonlyMap<string, number>,
): AwardProblem[] {
  const seen = new Set<string>();
  return awards.flatMap(({ applicationId, awardCents }, index): AwardProblem[] => {
    const requested = requestedByRanked.get(applicationId);
    if (requested === undefined) return [{ index, field: 'applicationId', code: 'award_unknown_application' }];
    if (seen.has(applicationId)) return [{ index, field: 'applicationId', code: 'award_duplicate' }];
    seen.add(applicationId);
    if (awardCents <= 0) return [{ index, field: 'awardCents', code: 'award_not_positive' }];
    if (awardCents > requested) return [{ index, field: 'awardCents', code: 'award_above_request' }];
    return [];
  });
}

const fieldErrorsOf = (problems: AwardProblem[]) => (locale: Locale) =>
  problems.map((p): FieldError => ({ field: `awards.${p.index}.${p.field}`, message: translateError(p.code, locale) }));

/**
 * The ranking per lot and its confirmation (DESIGN §3, decision 0015). The ranking is always computed
 * afresh from the consolidations and the confirmed awards; confirming a lot stores its decisions,
 * which publication later turns into outcomes.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ConsolidationReader,
  ) {}

  async callRanking(callId: string, manager: EntityManager = this.dataSource.manager): Promise<CallRankingDto> {
    const call = await manager.findOneByOrFail(Call, { id: callId });
    return callRankingOf(await this.state(manager, call));
  }

  state(manager: EntityManager, call: Call): Promise<RankingState> {
    return readRankingState(manager, this.reader, call);
  }

  /**
   * Confirms a lot's ranking with the awards given (any application left out gets its request): the
   * ranking is computed with those awards — a reduced award may let the next application fit — and
   * replaces the lot's decisions. The call row is locked, so a confirmation and a publication never
   * interleave.
   */
  async confirm(
    user: AuthenticatedUser,
    callId: string,
    lotId: string,
    request: ConfirmLotRankingRequest,
    now = new Date(),
  ): Promise<LotRankingDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await manager.findOneOrFail(Call, { where: { id: callId }, lock: { mode: 'pessimistic_write' } });
      if (call.resultsPublishedAt) throw new AppException('results_already_published', HttpStatus.CONFLICT);
      if (call.status !== 'in_evaluation') throw new AppException('illegal_transition', HttpStatus.CONFLICT);
      const state = await this.state(manager, call);
      const lotState = state.lots.find((l) => l.lot.id === lotId);
      if (!lotState) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      const preview = this.rank(state, lotState, new Map());
      if (preview.provisional) throw new AppException('ranking_provisional', HttpStatus.CONFLICT);

      const ranked = new Map(
        preview.entries.flatMap((e) => (e.rank === null ? [] : [[e.applicationId, e.requestedGrantCents] as const])),
      );
      const problems = awardProblems(request.awards, ranked);
      if (problems.length > 0) {
        throw new AppException(problems[0].code, HttpStatus.UNPROCESSABLE_ENTITY, {}, fieldErrorsOf(problems));
      }
      const awards = new Map(request.awards.map((a) => [a.applicationId, a.awardCents]));
      const confirmed = this.rank(state, lotState, awards);
      await this.replaceDecisions(manager, lotState, confirmed, user.id, now);
      // Read back as the page will show it: the stored decisions, confirmed and not stale.
      const fresh = await this.state(manager, call);
      return this.rank(fresh, fresh.lots.find((l) => l.lot.id === lotId) ?? lotState);
    });
  }

  /** Without `awards`, the stored decisions' awards count and `stale` is worked out. */
  private rank(state: RankingState, lotState: LotState, awards?: ReadonlyMap<string, number>): LotRankingDto {
    const { grid, relevanceSectionKey } = state;
    return lotRanking({ ...lotState, grid, relevanceSectionKey, awards });
  }

  /** Rows are updated in place, added or removed (each audited), so the log shows what a re-confirmation changed. */
  private async replaceDecisions(
    manager: EntityManager,
    { lot, decisions }: LotState,
    ranking: LotRankingDto,
    confirmedBy: string,
    confirmedAt: Date,
  ): Promise<void> {
    const drafts = decisionsOf(ranking.entries);
    const kept = new Set(drafts.map((d) => d.applicationId));
    const stale = decisions.filter((d) => !kept.has(d.applicationId));
    if (stale.length > 0) await manager.remove(stale);
    const existing = new Map(decisions.map((d) => [d.applicationId, d]));
    const rows = drafts.map((draft) =>
      Object.assign(existing.get(draft.applicationId) ?? manager.create(AwardDecision), draft, {
        callId: lot.callId,
        lotId: lot.id,
        confirmedBy,
        confirmedAt,
      }),
    );
    await manager.save(rows);
  }
}
