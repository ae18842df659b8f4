import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CallDto, EvaluationGridDto, Page } from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { escapeLike } from '../../database/escape-like';
import { refuseProblems } from './call-problems';
import { draftProblems, publicationProblems } from './call-rules';
import { assertMove, lockCall, nextReference, stateOf, syncLots } from './call-store';
import { toCallDto } from './call.mapper';
import type { CreateCallDto } from './dto/create-call.dto';
import type { ListCallsQuery } from './dto/list-calls.query';
import type { UpdateCallDto } from './dto/update-call.dto';
import { CallLot } from './entities/call-lot.entity';
import { Call } from './entities/call.entity';

const SORT_COLUMNS = { deadline: 'c.deadline', createdAt: 'c.createdAt', reference: 'c.reference' } as const;

/** The programme manager's side of calls: drafts, publication and closure. Amendments: CallAmendmentsService. */
@Injectable()
export class CallsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListCallsQuery): Promise<Page<CallDto>> {
    const builder = this.dataSource.getRepository(Call).createQueryBuilder('c').leftJoinAndSelect('c.lots', 'l');
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.q) {
      builder.andWhere('(c.reference ILIKE :q OR c.title_sq ILIKE :q OR c.title_en ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const [rows, total] = await builder
      .orderBy(column, query.sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toCallDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<CallDto> {
    const call = await this.dataSource.getRepository(Call).findOne({ where: { id }, relations: { lots: true } });
    if (!call) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    return toCallDto(call);
  }

  async create(input: CreateCallDto, createdBy: string): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const { lots = [], title, text, opensAt, deadline, grid, ...fields } = input;
      const call = manager.create(Call, {
        ...fields,
        reference: await nextReference(manager, now),
        status: 'draft',
        titleSq: title.sq,
        titleEn: title.en,
        textSq: text.sq,
        textEn: text.en,
        opensAt: new Date(opensAt),
        deadline: new Date(deadline),
        eligibility: input.eligibility ?? [],
        requiredAttachments: input.requiredAttachments ?? [],
        grid: normaliseGrid(grid),
        createdBy,
        version: 1,
      });
      refuseProblems('validation_failed', draftProblems({ ...stateOf(call), lots }));
      const saved = await manager.save(call);
      saved.lots = [];
      await syncLots(manager, saved, lots);
      return toCallDto(saved);
    });
  }

  /** A draft's edit; a published call changes only through an amendment. */
  async update(id: string, input: UpdateCallDto): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id, input.version);
      if (call.status !== 'draft') throw new AppException('call_not_editable', HttpStatus.CONFLICT);
      const { version: _version, lots, title, text, opensAt, deadline, grid, ...fields } = input;
      Object.assign(call, fields);
      if (title) Object.assign(call, { titleSq: title.sq, titleEn: title.en });
      if (text) Object.assign(call, { textSq: text.sq, textEn: text.en });
      if (opensAt) call.opensAt = new Date(opensAt);
      if (deadline) call.deadline = new Date(deadline);
      if (grid !== undefined) call.grid = normaliseGrid(grid);
      refuseProblems('validation_failed', draftProblems({ ...stateOf(call), ...(lots ? { lots } : {}) }));
      if (lots) await syncLots(manager, call, lots);
      return this.bumpAndSave(manager, call);
    });
  }

  /** Lists every reason the call is not ready, or publishes it. */
  async publish(id: string): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id);
      assertMove(call.status, 'published');
      const now = new Date();
      refuseProblems('call_incomplete', publicationProblems(stateOf(call), now));
      call.status = 'published';
      call.publishedAt = now;
      return this.bumpAndSave(manager, call);
    });
  }

  /** Ends submissions. Only after the deadline: closing early would shut out CSOs the call promised time to. */
  async close(id: string): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id);
      assertMove(call.status, 'closed');
      const now = new Date();
      if (call.deadline.getTime() > now.getTime()) {
        throw new AppException('call_deadline_not_passed', HttpStatus.CONFLICT, {
          deadline: formatTirane(call.deadline),
        });
      }
      call.status = 'closed';
      call.closedAt = now;
      return this.bumpAndSave(manager, call);
    });
  }

  private async bumpAndSave(manager: EntityManager, call: Call): Promise<CallDto> {
    const lots = call.lots;
    call.version += 1;
    const { lots: _lots, ...columns } = call;
    const saved = await manager.save(Call, columns as Call);
    saved.lots = lots.length ? lots : await manager.find(CallLot, { where: { callId: call.id } });
    return toCallDto(saved);
  }
}

/** Thresholds left out of a request mean "none". */
export function normaliseGrid(grid: EvaluationGridDto | null | undefined): EvaluationGridDto | null {
  if (!grid) return null;
  return {
    maxScore: grid.maxScore,
    passThreshold: grid.passThreshold ?? null,
    sections: grid.sections.map((s) => ({
      key: s.key,
      name: { sq: s.name.sq, en: s.name.en },
      maxScore: s.maxScore,
      passThreshold: s.passThreshold ?? null,
      criteria: s.criteria.map((c) => ({
        key: c.key,
        name: { sq: c.name.sq, en: c.name.en },
        maxScore: c.maxScore,
        weight: c.weight,
      })),
    })),
  };
}

export function formatTirane(date: Date): string {
  return new Intl.DateTimeFormat('sq-AL', { timeZone: 'Europe/Tirane', dateStyle: 'short', timeStyle: 'short' }).format(
    date,
  );
}
