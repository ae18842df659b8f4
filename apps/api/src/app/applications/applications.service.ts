import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPLICATION_LIMITS,
  APPLICATION_SECTIONS,
  type ApplicationDto,
  type ApplicationRevisionDto,
  type ApplicationComparisonDto,
  type ApplicationSectionKey,
} from '@skema/contracts';
import { isBeforeDeadline } from '@skema/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppException } from '../../common/errors/app.exception';
import { Call } from '../calls/entities/call.entity';
import { User } from '../users/entities/user.entity';
import type { SaveSectionDto } from './dto/save-section.dto';
import type { StartApplicationDto } from './dto/start-application.dto';
import { attachmentsOf } from './attachments/attachments-of';
import { ApplicationRevision } from './entities/application-revision.entity';
import { ApplicationSection } from './entities/application-section.entity';
import { Application } from './entities/application.entity';
import { receiptOf } from './receipts/receipt-status';

/** Drafts: started by a CSO for one lot of an open call, edited section by section until submission. */
@Injectable()
export class ApplicationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async start(user: AuthenticatedUser, request: StartApplicationDto, now = new Date()): Promise<ApplicationDto> {
    if (!user.organisationId) throw new AppException('forbidden', HttpStatus.FORBIDDEN);
    const organisationId = user.organisationId;
    const id = await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(Call, { where: { id: request.callId }, relations: { lots: true } });
      if (!call || call.status === 'draft') throw new AppException('not_found', HttpStatus.NOT_FOUND);
      if (call.status !== 'published' || call.opensAt > now || !isBeforeDeadline(now, call.deadline)) {
        throw new AppException('call_not_open', HttpStatus.CONFLICT);
      }
      const lot = call.lots.find((l) => l.regionCode === request.regionCode);
      if (!lot) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      const live = await manager
        .createQueryBuilder(Application, 'a')
        .where("a.organisation_id = :organisationId AND a.lot_id = :lotId AND a.status <> 'withdrawn'", { organisationId, lotId: lot.id })
        .getExists();
      if (live) throw new AppException('application_exists', HttpStatus.CONFLICT);
      const saved = await manager.save(
        manager.create(Application, { callId: call.id, lotId: lot.id, organisationId, status: 'draft', reference: null, createdBy: user.id, submittedAt: null }),
      );
      return saved.id;
    });
    return this.get(id);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicationDto> {
    const application = await manager.findOneOrFail(Application, {
      where: { id },
      relations: { call: true, lot: true, organisation: true, sections: true },
    });
    const saved = new Map((application.sections ?? []).map((s) => [s.key, s]));
    const editors = await this.namesOf(manager, [...saved.values()].map((s) => s.updatedBy));
    return {
      id: application.id,
      call: { id: application.callId, reference: application.call!.reference, deadline: application.call!.deadline.toISOString() },
      lot: { id: application.lotId, regionCode: application.lot!.regionCode },
      organisation: { id: application.organisationId, legalName: application.organisation!.legalName },
      status: application.status,
      reference: application.reference,
      sections: APPLICATION_SECTIONS.map((key) => {
        const section = saved.get(key);
        return {
          key,
          content: section?.content ?? null,
          version: section?.version ?? 0,
          updatedAt: section?.updatedAt.toISOString() ?? null,
          updatedBy: section ? (editors.get(section.updatedBy) ?? null) : null,
        };
      }),
      attachments: await attachmentsOf(manager, application.id, application.call!.requiredAttachments),
      receipt: application.status === 'draft' ? null : await receiptOf(manager, application.id),
      createdAt: application.createdAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
      submittedAt: application.submittedAt?.toISOString() ?? null,
    };
  }

  /**
   * Saves one section if the editor started from its current version; otherwise 409, so a colleague's
   * work is never overwritten silently. Drafts freeze at the deadline (server clock).
   */
  async saveSection(user: AuthenticatedUser, id: string, key: ApplicationSectionKey, request: SaveSectionDto, now = new Date()): Promise<ApplicationDto> {
    if (Buffer.byteLength(JSON.stringify(request.content)) > APPLICATION_LIMITS.sectionMaxBytes) {
      throw new AppException('section_too_large', HttpStatus.PAYLOAD_TOO_LARGE);
    }
    return this.dataSource.transaction(async (manager) => {
      // Locking the application serialises every save of this draft, so versions cannot race.
      const application = await manager.findOneOrFail(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const call = await manager.findOneOrFail(Call, { where: { id: application.callId } });
      if (application.status !== 'draft' || !isBeforeDeadline(now, call.deadline)) {
        throw new AppException('application_not_editable', HttpStatus.CONFLICT);
      }
      const section = await manager.findOne(ApplicationSection, { where: { applicationId: id, key } });
      if ((section?.version ?? 0) !== request.version) throw new AppException('section_conflict', HttpStatus.CONFLICT, { section: key });
      const version = request.version + 1;
      await manager.save(
        manager.create(ApplicationSection, { applicationId: id, key, content: request.content, version, updatedBy: user.id, updatedAt: now }),
      );
      await manager.save(manager.create(ApplicationRevision, { applicationId: id, section: key, version, content: request.content, changedBy: user.id }));
      application.updatedAt = now;
      await manager.save(application);
      return this.get(id, manager);
    });
  }

  /** Who changed which section when, newest first. */
  async history(id: string): Promise<ApplicationRevisionDto[]> {
    const revisions = await this.dataSource.getRepository(ApplicationRevision).find({
      where: { applicationId: id },
      order: { changedAt: 'DESC', id: 'DESC' },
      select: { section: true, version: true, changedBy: true, changedAt: true },
    });
    const names = await this.namesOf(this.dataSource.manager, revisions.map((r) => r.changedBy));
    return revisions.map((r) => ({ section: r.section, version: r.version, changedBy: names.get(r.changedBy) ?? '—', changedAt: r.changedAt.toISOString() }));
  }

  /** Two saved versions of one section side by side, with the top-level fields that differ. */
  async compare(id: string, section: ApplicationSectionKey, from: number, to: number): Promise<ApplicationComparisonDto> {
    const revisions = await this.dataSource.getRepository(ApplicationRevision).find({ where: { applicationId: id, section, version: In([from, to]) } });
    const pick = (version: number) => revisions.find((r) => r.version === version);
    const before = pick(from);
    const after = pick(to);
    if (!before || !after) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    const keys = [...new Set([...Object.keys(before.content), ...Object.keys(after.content)])].sort();
    return {
      section,
      from: { version: from, content: before.content, changedAt: before.changedAt.toISOString() },
      to: { version: to, content: after.content, changedAt: after.changedAt.toISOString() },
      changedFields: keys.filter((key) => JSON.stringify(before.content[key]) !== JSON.stringify(after.content[key])),
    };
  }

  private async namesOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await manager.createQueryBuilder(User, 'u').select(['u.id', 'u.displayName']).where('u.id IN (:...unique)', { unique }).getMany();
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
