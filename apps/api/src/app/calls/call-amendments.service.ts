import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CallAmendableField,
  type CallAmendmentDto,
  type CallDto,
  type LotInput,
  REGION_CODES,
} from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { NotificationService } from '../notifications/notification.service';
import { type CallProblem, refuseProblems } from './call-problems';
import { publicationProblems } from './call-rules';
import { lockCall, stateOf, syncLots } from './call-store';
import { toAmendmentDto, toCallDto } from './call.mapper';
import { normaliseGrid } from './calls.service';
import type { AmendCallDto } from './dto/amend-call.dto';
import { CallAmendment } from './entities/call-amendment.entity';
import { Call } from './entities/call.entity';

type Changes = CallAmendmentDto['changes'];

/**
 * A published call's deadline, envelopes, grid or texts change only here (DESIGN §3): the new state
 * must still pass every publication rule, and the change is logged with its reason and each field's
 * value before and after, in the same transaction as the change itself.
 */
@Injectable()
export class CallAmendmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  async amend(id: string, input: AmendCallDto, amendedBy: string): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id, input.version);
      if (call.status !== 'published') throw new AppException('call_not_amendable', HttpStatus.CONFLICT);
      const before = snapshot(call);
      const problems: CallProblem[] = [];
      if (input.lots) problems.push(...fixedRegions(before.lots, input.lots));
      if (input.deadline) call.deadline = new Date(input.deadline);
      if (input.grid) call.grid = normaliseGrid(input.grid);
      if (input.title) Object.assign(call, { titleSq: input.title.sq, titleEn: input.title.en });
      if (input.text) Object.assign(call, { textSq: input.text.sq, textEn: input.text.en });
      const lots = input.lots ? sortLots(input.lots) : before.lots;
      problems.push(...publicationProblems({ ...stateOf(call), lots }, new Date()));
      refuseProblems('call_amendment_invalid', problems);

      const changes = diff(before, { ...snapshot(call), lots });
      if (Object.keys(changes).length === 0) throw new AppException('call_amendment_empty', HttpStatus.BAD_REQUEST);
      if (input.lots) await syncLots(manager, call, lots);
      const lotsAfter = call.lots;
      call.version += 1;
      const { lots: _lots, ...columns } = call;
      const saved = await manager.save(Call, columns as Call);
      saved.lots = lotsAfter;
      await manager.save(
        manager.create(CallAmendment, {
          callId: id,
          amendedBy,
          reasonSq: input.reason.sq,
          reasonEn: input.reason.en,
          changes,
        }),
      );
      await this.notifyDraftHolders(manager, id, input.reason);
      return toCallDto(saved);
    });
  }

  async list(callId: string): Promise<CallAmendmentDto[]> {
    const rows = await this.dataSource
      .getRepository(CallAmendment)
      .find({ where: { callId }, order: { amendedAt: 'ASC' } });
    return rows.map(toAmendmentDto);
  }

  /** The people to tell about an amendment: the active staff of every CSO holding a draft on this call. */
  async draftHolders(manager: EntityManager, callId: string): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT DISTINCT u.id FROM users u
         JOIN applications a ON a.organisation_id = u.organisation_id AND a.call_id = $1 AND a.status = 'draft'
        WHERE u.is_active`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  private async notifyDraftHolders(
    manager: EntityManager,
    callId: string,
    reason: { sq: string; en: string },
  ): Promise<void> {
    const call = await manager.findOneByOrFail(Call, { id: callId });
    for (const userId of await this.draftHolders(manager, callId)) {
      await this.notifications.notify(manager, {
        userId,
        kind: 'call_amended',
        params: { callReference: call.reference, reasonSq: reason.sq, reasonEn: reason.en },
        link: `/calls/${callId}`,
      });
    }
  }
}

interface Snapshot {
  deadline: string;
  lots: LotInput[];
  grid: unknown;
  title: { sq: string; en: string };
  text: { sq: string; en: string };
}

function snapshot(call: Call): Snapshot {
  return {
    deadline: call.deadline.toISOString(),
    lots: sortLots(call.lots.map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents }))),
    grid: call.grid,
    title: { sq: call.titleSq, en: call.titleEn },
    text: { sq: call.textSq, en: call.textEn },
  };
}

function diff(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = {};
  for (const field of ['deadline', 'lots', 'grid', 'title', 'text'] as const satisfies readonly CallAmendableField[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}

function sortLots(lots: readonly LotInput[]): LotInput[] {
  return [...lots]
    .map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents }))
    .sort((a, b) => REGION_CODES.indexOf(a.regionCode) - REGION_CODES.indexOf(b.regionCode));
}

/** Amendments re-balance envelopes; adding or dropping a region would change who may apply. */
function fixedRegions(current: readonly LotInput[], wanted: readonly LotInput[]): CallProblem[] {
  const codes = (lots: readonly LotInput[]) =>
    lots
      .map((l) => l.regionCode)
      .sort()
      .join(',');
  return codes(current) === codes(wanted) ? [] : [{ field: 'lots', code: 'call_lots_fixed' }];
}
