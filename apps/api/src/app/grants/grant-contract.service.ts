import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateGrantRequest, GrantDto, RegionCode } from '@skema/contracts';
import {
  assertTransition,
  defaultSchedule,
  deriveBudget,
  formatContractNumber,
  grantDurationMonths,
  instantToTiraneLocal,
} from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppException } from '../../common/errors/app.exception';
import type { BudgetLineContent } from '../applications/application-checklist';
import { ApplicationSubmission } from '../applications/entities/application-submission.entity';
import { Application } from '../applications/entities/application.entity';
import { CallLot } from '../calls/entities/call-lot.entity';
import { Call } from '../calls/entities/call.entity';
import { AwardDecision } from '../evaluation/results/award-decision.entity';
import { GrantReport } from './entities/grant-report.entity';
import { GrantTranche } from './entities/grant-tranche.entity';
import { type GrantBudgetLine, Grant } from './entities/grant.entity';
import { GrantsService } from './grants.service';

/** The parts of a frozen submission (an ApplicationDto as submitted) a contract is made from. */
interface FrozenApplication {
  sections?: { key?: string; content?: { title?: unknown; lines?: unknown } | null }[];
}

/**
 * Turns an award into a grant contract (DESIGN §3 Grant): only a `selected` application of a call
 * whose results are published, once. The award is the confirmed decision's, the approved budget the
 * frozen submission's lines, the schedule the domain's default, the number the next of its year and
 * region; the application becomes `contracted`. One transaction, the application row locked first so
 * two programme managers cannot contract it twice.
 */
@Injectable()
export class GrantContractService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grants: GrantsService,
  ) {}

  async create(
    user: AuthenticatedUser,
    applicationId: string,
    { startDate, endDate }: CreateGrantRequest,
    now = new Date(),
  ): Promise<GrantDto> {
    if (endDate <= startDate) throw new AppException('grant_dates_invalid', HttpStatus.UNPROCESSABLE_ENTITY);
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneOrFail(Application, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      const existing = await manager.findOneBy(Grant, { applicationId });
      if (existing) {
        throw new AppException('grant_exists', HttpStatus.CONFLICT, { contractNumber: existing.contractNumber });
      }
      const call = await manager.findOneByOrFail(Call, { id: application.callId });
      if (!call.resultsPublishedAt) throw new AppException('grant_results_not_published', HttpStatus.CONFLICT);
      if (application.status !== 'selected') {
        throw new AppException('grant_application_not_selected', HttpStatus.CONFLICT);
      }
      const decision = await manager.findOneBy(AwardDecision, { applicationId });
      if (decision?.outcome !== 'selected' || decision.awardCents === null) {
        throw new AppException('grant_award_missing', HttpStatus.CONFLICT);
      }
      const months = grantDurationMonths(startDate, endDate);
      if (months < call.minDurationMonths || months > call.maxDurationMonths) {
        const params = { months, min: call.minDurationMonths, max: call.maxDurationMonths };
        throw new AppException('grant_duration_out_of_bounds', HttpStatus.UNPROCESSABLE_ENTITY, params);
      }
      const lot = await manager.findOneByOrFail(CallLot, { id: application.lotId });
      const { budget, totalEligibleCents, title } = await this.frozenBudget(manager, applicationId);
      const awardCents = decision.awardCents;
      const schedule = defaultSchedule({ awardCents, startDate, endDate });
      const contractNumber = await this.nextContractNumber(manager, now, lot.regionCode);

      const grant = await manager.save(
        manager.create(Grant, {
          ...{ applicationId, callId: call.id, lotId: lot.id, organisationId: application.organisationId },
          ...{ contractNumber, title, startDate, endDate, awardCents, budget, createdBy: user.id },
          ...{ totalEligibleBudgetCents: totalEligibleCents, status: 'contracted', committedCents: 0, paidCents: 0 },
        }),
      );
      await manager.save(
        schedule.tranches.map((tranche) =>
          manager.create(GrantTranche, {
            grantId: grant.id,
            sequence: tranche.sequence,
            kind: tranche.kind,
            plannedCents: tranche.plannedCents,
            releasedByReportKind: tranche.releasedByReport?.kind ?? null,
            releasedByReportSequence: tranche.releasedByReport?.sequence ?? null,
          }),
        ),
      );
      await manager.save(
        schedule.reports.map((report) =>
          manager.create(GrantReport, { grantId: grant.id, ...report, status: 'draft' }),
        ),
      );
      assertTransition(application.status, 'contracted');
      application.status = 'contracted';
      await manager.save(application);
      return this.grants.get(grant.id, manager);
    });
  }

  /** The submitted budget's lines with their eligible cost, their total, and the action's title. */
  private async frozenBudget(manager: EntityManager, applicationId: string) {
    const submission = await manager.findOneByOrFail(ApplicationSubmission, { applicationId });
    const sections = (submission.snapshot as FrozenApplication).sections ?? [];
    const lines = sections.find((s) => s.key === 'budget')?.content?.lines;
    if (!Array.isArray(lines) || lines.length === 0) {
      throw new Error(`submission of ${applicationId} has no budget lines`);
    }
    const typed = lines as BudgetLineContent[];
    const { lineTotalsCents, totalEligibleCents } = deriveBudget(typed, 0);
    const budget = typed.map((line, index): GrantBudgetLine => ({
      key: String(index),
      category: line.category,
      description: line.description,
      unit: line.unit,
      quantity: line.quantity,
      unitCostCents: line.unitCostCents,
      approvedCents: lineTotalsCents[index],
    }));
    const rawTitle = sections.find((s) => s.key === 'summary')?.content?.title;
    const title = typeof rawTitle === 'string' && rawTitle.trim() !== '' ? rawTitle.trim().slice(0, 300) : null;
    return { budget, totalEligibleCents, title };
  }

  /**
   * `SK-G-<year>-<region>-<n>`, the year of signature in Tirana. The counter row stays locked until the
   * transaction ends: concurrent contracts queue, and a rolled-back one gives its number back.
   */
  private async nextContractNumber(manager: EntityManager, now: Date, regionCode: RegionCode): Promise<string> {
    const year = Number(instantToTiraneLocal(now).slice(0, 4));
    const [row] = await manager.query<{ last_value: number }[]>(
      `INSERT INTO contract_counters (year, region_code, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (year, region_code) DO UPDATE SET last_value = contract_counters.last_value + 1
       RETURNING last_value`,
      [year, regionCode],
    );
    return formatContractNumber({ year, regionCode, sequence: row.last_value });
  }
}
