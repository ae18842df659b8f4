import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EligibilityCheckDto, SaveEligibilityRequest } from '@skema/contracts';
import { assertTransition, IllegalTransitionError, isBeforeDeadline } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { AppException } from '../../../common/errors/app.exception';
import { Application } from '../../applications/entities/application.entity';
import { formatTirane } from '../../calls/calls.service';
import { Call } from '../../calls/entities/call.entity';
import { NotificationService } from '../../notifications/notification.service';
import { User } from '../../users/entities/user.entity';
import { EligibilityCheck } from './eligibility-check.entity';
import { eligibilityProblems, normaliseDecision, outcomeOf, translateEligibilityProblems } from './eligibility-rules';

/** Where the check may be (re)decided: submitted, or decided and not yet in evaluation. */
const DECIDABLE = new Set(['submitted', 'eligible', 'ineligible']);

/**
 * The administrative and eligibility check (DESIGN §3): after the call's deadline, the programme
 * manager decides each item of the call's checklist; all passed makes the application eligible,
 * anything failed ineligible, and the CSO's staff are told which items failed and why. A decision may
 * be corrected until evaluation starts, but only within the lifecycle: the outcome itself cannot flip
 * (eligible ↔ ineligible is not a transition), so a correction changes the notes and items only.
 */
@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  async get(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<EligibilityCheckDto> {
    const application = await manager.findOneByOrFail(Application, { id: applicationId });
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    const check = await manager.findOneBy(EligibilityCheck, { applicationId });
    const decided = new Map((check?.items ?? []).map((item) => [item.key, item]));
    return {
      applicationId,
      applicationStatus: application.status,
      items: call.eligibility.map(({ key, text }) => ({
        key,
        text,
        passed: decided.get(key)?.passed ?? null,
        note: decided.get(key)?.note ?? null,
      })),
      outcome: check?.outcome ?? null,
      decidedBy: check?.decidedBy ?? null,
      decidedAt: check?.decidedAt.toISOString() ?? null,
    };
  }

  async decide(
    user: AuthenticatedUser,
    applicationId: string,
    request: SaveEligibilityRequest,
    now = new Date(),
  ): Promise<EligibilityCheckDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneOrFail(Application, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!DECIDABLE.has(application.status)) throw new AppException('illegal_transition', HttpStatus.CONFLICT);
      const call = await manager.findOneByOrFail(Call, { id: application.callId });
      if (isBeforeDeadline(now, call.deadline)) {
        throw new AppException('eligibility_before_deadline', HttpStatus.CONFLICT, {
          deadline: formatTirane(call.deadline),
        });
      }
      const problems = eligibilityProblems(call.eligibility, request.items);
      if (problems.length > 0) {
        throw new AppException('eligibility_decision_invalid', HttpStatus.BAD_REQUEST, {}, (locale) =>
          translateEligibilityProblems(problems, locale),
        );
      }
      const items = normaliseDecision(call.eligibility, request.items);
      const outcome = outcomeOf(items);
      if (application.status !== outcome) {
        try {
          assertTransition(application.status, outcome);
        } catch (error) {
          if (error instanceof IllegalTransitionError)
            throw new AppException('illegal_transition', HttpStatus.CONFLICT);
          throw error;
        }
        application.status = outcome;
        await manager.save(application);
      }
      await manager.save(
        manager.create(EligibilityCheck, { applicationId, items, outcome, decidedBy: user.id, decidedAt: now }),
      );
      if (outcome === 'ineligible') await this.notifyIneligible(manager, application, call, items);
      return this.get(applicationId, manager);
    });
  }

  /** Every active staff member of the CSO learns which items failed and why. */
  private async notifyIneligible(
    manager: EntityManager,
    application: Application,
    call: Call,
    items: EligibilityCheck['items'],
  ): Promise<void> {
    const decided = new Map(items.map((item) => [item.key, item]));
    const failed = call.eligibility.flatMap(({ key, text }) => {
      const item = decided.get(key);
      return item && !item.passed ? [{ textSq: text.sq, textEn: text.en, note: item.note ?? '' }] : [];
    });
    for (const member of await manager.findBy(User, { organisationId: application.organisationId, isActive: true })) {
      await this.notifications.notify(manager, {
        userId: member.id,
        kind: 'application_ineligible',
        params: { reference: application.reference ?? '', callReference: call.reference, failed },
        link: `/applications/${application.id}`,
      });
    }
  }
}
