import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CallRankingDto } from '@skema/contracts';
import { assertCallTransition, assertTransition } from '@skema/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import { Application } from '../../applications/entities/application.entity';
import { formatEuros } from '../../applications/receipts/receipt-document';
import { Call } from '../../calls/entities/call.entity';
import { NotificationService } from '../../notifications/notification.service';
import type { NotificationParams } from '../../notifications/templates/notification-templates';
import { User } from '../../users/entities/user.entity';
import type { AwardDecision } from './award-decision.entity';
import { lotRanking } from './lot-ranking';
import { callRankingOf } from './ranking-state';
import { RankingService } from './ranking.service';

type ResultParams = NotificationParams['evaluation_result'];

/**
 * Publication of a call's results (DESIGN §3, decision 0015): once every lot with applications is
 * confirmed and its ranking still matches, one transaction gives every ranked application its
 * outcome, moves the call to `awarded` and tells every CSO that applied — the ineligible ones too, so
 * every applicant learns the outcome from the same event.
 */
@Injectable()
export class ResultsPublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ranking: RankingService,
    private readonly notifications: NotificationService,
  ) {}

  async publish(callId: string, now = new Date()): Promise<CallRankingDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await manager.findOneOrFail(Call, { where: { id: callId }, lock: { mode: 'pessimistic_write' } });
      if (call.resultsPublishedAt) throw new AppException('results_already_published', HttpStatus.CONFLICT);
      if (call.status !== 'in_evaluation') throw new AppException('illegal_transition', HttpStatus.CONFLICT);
      const state = await this.ranking.state(manager, call);
      const unconfirmed: string[] = [];
      const changed: string[] = [];
      for (const lotState of state.lots) {
        if (lotState.candidates.length === 0) continue;
        const { grid, relevanceSectionKey } = state;
        const lot = lotRanking({ ...lotState, grid, relevanceSectionKey });
        if (lotState.decisions.length === 0) unconfirmed.push(lot.regionCode);
        else if (lot.stale) changed.push(lot.regionCode);
      }
      if (unconfirmed.length > 0) {
        throw new AppException('ranking_not_confirmed', HttpStatus.CONFLICT, { lots: unconfirmed.join(', ') });
      }
      if (changed.length > 0)
        throw new AppException('ranking_changed', HttpStatus.CONFLICT, { lots: changed.join(', ') });

      const decisions = state.lots.flatMap((l) => l.decisions);
      await this.applyOutcomes(manager, decisions);
      assertCallTransition(call.status, 'awarded');
      Object.assign(call, { status: 'awarded', resultsPublishedAt: now });
      await manager.save(call);
      await this.notifyApplicants(manager, call, decisions);
      return callRankingOf(await this.ranking.state(manager, call));
    });
  }

  /**
   * Each decided application takes its outcome through the lifecycle's table. One still
   * `in_evaluation` (its consolidation completed without passing through `evaluated`) is evaluated
   * first: publication is where its evaluation ends at the latest.
   */
  private async applyOutcomes(manager: EntityManager, decisions: AwardDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    const applications = await manager.find(Application, {
      where: { id: In(decisions.map((d) => d.applicationId)) },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(applications.map((a) => [a.id, a]));
    for (const { applicationId, outcome } of decisions) {
      const application = byId.get(applicationId);
      if (!application) throw new Error(`decided application ${applicationId} is gone`);
      if (application.status === 'in_evaluation') {
        assertTransition(application.status, 'evaluated');
        application.status = 'evaluated';
      }
      assertTransition(application.status, outcome);
      application.status = outcome;
    }
    await manager.save(applications);
  }

  /** Every active staff member of every CSO that applied: the decided applications and the ineligible ones. */
  private async notifyApplicants(manager: EntityManager, call: Call, decisions: AwardDecision[]): Promise<void> {
    const byApplication = new Map(decisions.map((d) => [d.applicationId, d]));
    const decided = [...byApplication.keys()];
    const applications = await manager.find(Application, {
      where: [...(decided.length > 0 ? [{ id: In(decided) }] : []), { callId: call.id, status: 'ineligible' as const }],
      order: { reference: 'ASC' },
    });
    // Every CSO's active staff in one query, not one per application (10,000 at 100× the scheme).
    const organisationIds = [...new Set(applications.map((a) => a.organisationId))];
    const people =
      organisationIds.length === 0
        ? []
        : await manager.find(User, {
            where: { organisationId: In(organisationIds), isActive: true },
            select: { id: true, organisationId: true },
          });
    const staffOf = new Map<string, User[]>();
    for (const person of people) {
      const key = person.organisationId ?? '';
      staffOf.set(key, [...(staffOf.get(key) ?? []), person]);
    }
    for (const application of applications) {
      const params = resultParams(application, call, byApplication.get(application.id));
      for (const member of staffOf.get(application.organisationId) ?? []) {
        await this.notifications.notify(manager, {
          userId: member.id,
          kind: 'evaluation_result',
          params,
          link: `/applications/${application.id}`,
        });
      }
    }
  }
}

function resultParams(application: Application, call: Call, decision: AwardDecision | undefined): ResultParams {
  const base = { reference: application.reference ?? '', callReference: call.reference };
  if (!decision) return { ...base, outcome: 'ineligible' };
  if (decision.outcome === 'selected' && decision.awardCents !== null) {
    const award = decision.awardCents;
    return { ...base, outcome: 'selected', awardSq: formatEuros(award, 'sq'), awardEn: formatEuros(award, 'en') };
  }
  if (decision.outcome === 'reserve')
    return { ...base, outcome: 'reserve', reserveRank: decision.reserveRank ?? undefined };
  return { ...base, outcome: decision.outcome };
}
