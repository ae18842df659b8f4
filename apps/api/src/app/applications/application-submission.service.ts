import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationDto, FieldError, Locale } from '@skema/contracts';
import { assertTransition, formatApplicationReference, isBeforeDeadline } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppException } from '../../common/errors/app.exception';
import { canonicalJson } from '../audit/audit-hash';
import { CallLot } from '../calls/entities/call-lot.entity';
import { Call } from '../calls/entities/call.entity';
import { NotificationService } from '../notifications/notification.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { User } from '../users/entities/user.entity';
import { checklist, translateChecklist } from './application-checklist';
import { ApplicationAttachment } from './attachments/application-attachment.entity';
import { ApplicationsService } from './applications.service';
import { ApplicationSubmission } from './entities/application-submission.entity';
import { Application } from './entities/application.entity';
import { requestReceipt } from './receipts/receipt-request';

/**
 * Submission: refused after the deadline by the server's clock and while anything is missing (all
 * of it listed); otherwise one transaction numbers the application gap-free within its lot, freezes
 * a hashed snapshot, notifies the CSO and asks for the receipt (PDF, made by a job after commit).
 */
@Injectable()
export class ApplicationSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly notifications: NotificationService,
  ) {}

  /** What is still missing, in the caller's language (the portal's checklist). */
  async missing(id: string, locale: Locale): Promise<FieldError[]> {
    const { problems } = await this.problemsOf(this.dataSource.manager, id);
    return translateChecklist(problems, locale);
  }

  async submit(user: AuthenticatedUser, id: string, now = new Date()): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneOrFail(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (application.status !== 'draft') throw new AppException('application_not_editable', HttpStatus.CONFLICT);
      assertTransition(application.status, 'submitted');
      const { problems, call } = await this.problemsOf(manager, id);
      if (!isBeforeDeadline(now, call.deadline)) throw new AppException('deadline_passed', HttpStatus.CONFLICT);
      if (problems.length > 0) {
        throw new AppException('application_incomplete', HttpStatus.BAD_REQUEST, {}, (locale) => translateChecklist(problems, locale));
      }
      const year = Number(call.reference.slice(3, 7));
      const { regionCode } = await manager.findOneByOrFail(CallLot, { id: application.lotId });
      const reference = formatApplicationReference({
        year,
        regionCode,
        sequence: await this.nextNumber(manager, year, regionCode),
      });
      const draft = await this.applications.get(id, manager);
      const snapshot = { ...draft, status: 'submitted', reference, submittedAt: now.toISOString() };
      await manager.save(
        manager.create(ApplicationSubmission, {
          applicationId: id,
          reference,
          snapshot,
          sha256: createHash('sha256').update(canonicalJson(snapshot)).digest('hex'),
          submittedAt: now,
          submittedBy: user.id,
        }),
      );
      Object.assign(application, { status: 'submitted', reference, submittedAt: now });
      await manager.save(application);
      // The receipt is made after commit, by a job; its request commits with the submission.
      const submitter = await manager.findOneOrFail(User, { where: { id: user.id }, select: { id: true, locale: true } });
      await requestReceipt(manager, { applicationId: id, locale: submitter.locale });
      for (const member of await manager.findBy(User, { organisationId: application.organisationId, isActive: true })) {
        await this.notifications.notify(manager, {
          userId: member.id,
          kind: 'application_submitted',
          params: { reference, callReference: call.reference, submittedAt: now.toISOString() },
          link: `/applications/${id}`,
        });
      }
      return this.applications.get(id, manager);
    });
  }

  /** Submitted → withdrawn, only before the deadline (server clock); the frozen snapshot stays. */
  async withdraw(id: string, now = new Date()): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneOrFail(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const call = await manager.findOneByOrFail(Call, { id: application.callId });
      if (application.status !== 'submitted') throw new AppException('illegal_transition', HttpStatus.CONFLICT);
      if (!isBeforeDeadline(now, call.deadline)) throw new AppException('deadline_passed', HttpStatus.CONFLICT);
      assertTransition(application.status, 'withdrawn');
      application.status = 'withdrawn';
      await manager.save(application);
      return this.applications.get(id, manager);
    });
  }

  /**
   * The lot's counter row is locked until this transaction ends: concurrent submitters queue, and a
   * rolled-back submission gives its number back, so references have no gaps.
   */
  /** The next number of the year and region: references are unique across the year's calls. */
  private async nextNumber(manager: EntityManager, year: number, regionCode: string): Promise<number> {
    const [row] = await manager.query<{ last_value: number }[]>(
      `INSERT INTO reference_counters (year, region_code, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (year, region_code) DO UPDATE SET last_value = reference_counters.last_value + 1
       RETURNING last_value`,
      [year, regionCode],
    );
    return row.last_value;
  }

  private async problemsOf(manager: EntityManager, id: string) {
    const application = await manager.findOneOrFail(Application, { where: { id }, relations: { sections: true } });
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    const organisation = await manager.findOneByOrFail(Organisation, { id: application.organisationId });
    const sections = Object.fromEntries((application.sections ?? []).map((s) => [s.key, s.content]));
    const uploaded = await manager.find(ApplicationAttachment, { where: { applicationId: id }, select: { requirementKey: true } });
    return { problems: checklist(sections, call, organisation.verifiedAt !== null, new Set(uploaded.map((a) => a.requirementKey))), call };
  }
}
