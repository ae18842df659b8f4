import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEntryDto, Page } from '@skema/contracts';
import type { EntityManager, Repository } from 'typeorm';
import { type AuditDraft, appendAuditEntry } from './audit-appender';
import type { ListAuditEntriesDto } from './dto/list-audit-entries.dto';
import { AuditEntry } from './entities/audit-entry.entity';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /**
   * Records a change the subscriber cannot see (QueryBuilder update/delete, raw SQL, bulk writes), in
   * the transaction of `manager`: call it inside the same `dataSource.transaction(...)` as the change.
   * Values are masked here; pass raw column values keyed by column name.
   */
  async record(manager: EntityManager, draft: AuditDraft): Promise<void> {
    await appendAuditEntry(manager, draft);
  }

  async list(query: ListAuditEntriesDto): Promise<Page<AuditEntryDto>> {
    const direction = query.sort === 'asc' ? 'ASC' : 'DESC';
    const q = this.entries.createQueryBuilder('a');
    if (query.entity) q.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) q.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorId) q.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.action) q.andWhere('a.action = :action', { action: query.action });
    if (query.from) q.andWhere('a.occurredAt >= :from', { from: new Date(query.from) });
    if (query.to) q.andWhere('a.occurredAt < :to', { to: new Date(query.to) });
    // The id breaks ties between entries of the same millisecond, in chain order.
    q.orderBy('a.occurredAt', direction)
      .addOrderBy('a.id', direction)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [rows, total] = await q.getManyAndCount();
    return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }
}

function toDto(entry: AuditEntry): AuditEntryDto {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    requestId: entry.requestId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
    hash: entry.hash,
  };
}
