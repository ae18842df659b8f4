import { HttpStatus } from '@nestjs/common';
import type { CallStatus, LotInput } from '@skema/contracts';
import { assertCallTransition, IllegalCallTransitionError } from '@skema/domain';
import type { EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import type { CallState } from './call-rules';
import { CallLot } from './entities/call-lot.entity';
import { Call } from './entities/call.entity';

/** Helpers every writing use case of a call shares, always inside the caller's transaction. */

/**
 * Loads the call with a row lock, so concurrent changes queue up, then refuses a stale `version`:
 * of two saves made from the same read, the second gets 409 `call_stale_version`.
 */
export async function lockCall(manager: EntityManager, id: string, version?: number): Promise<Call> {
  const call = await manager.findOne(Call, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!call) throw new AppException('not_found', HttpStatus.NOT_FOUND);
  call.lots = await manager.find(CallLot, { where: { callId: id } });
  if (version !== undefined && version !== call.version) {
    throw new AppException('call_stale_version', HttpStatus.CONFLICT, { current: call.version });
  }
  return call;
}

/** Refuses a move the lifecycle does not allow (409 `illegal_transition`), before anything else is checked. */
export function assertMove(from: CallStatus, to: CallStatus): void {
  try {
    assertCallTransition(from, to);
  } catch (error) {
    if (error instanceof IllegalCallTransitionError) {
      throw new AppException('illegal_transition', HttpStatus.CONFLICT, { from: error.from, to: error.to });
    }
    throw error;
  }
}

/** Makes the call's lots equal `wanted`, one region each, through the entity manager (so audited). */
export async function syncLots(manager: EntityManager, call: Call, wanted: readonly LotInput[]): Promise<void> {
  const existing = new Map(call.lots.map((lot) => [lot.regionCode, lot]));
  const kept: CallLot[] = [];
  for (const input of wanted) {
    const lot =
      existing.get(input.regionCode) ?? manager.create(CallLot, { callId: call.id, regionCode: input.regionCode });
    existing.delete(input.regionCode);
    lot.envelopeCents = input.envelopeCents;
    kept.push(await manager.save(lot));
  }
  if (existing.size > 0) await manager.remove([...existing.values()]);
  call.lots = kept;
}

export function stateOf(call: Call): CallState {
  return {
    ...call,
    lots: (call.lots ?? []).map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents })),
  };
}

/**
 * The next reference of the year, e.g. SK-2026-03. An advisory lock serialises creations so two
 * managers never draw the same number (the unique index would refuse the second anyway).
 */
export async function nextReference(manager: EntityManager, now: Date): Promise<string> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('skema.calls.reference'))`);
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(now);
  const [row] = await manager.query<{ last: number | null }[]>(
    `SELECT max(substring(reference from '^SK-\\d{4}-(\\d+)$')::int) AS last FROM calls WHERE reference LIKE $1`,
    [`SK-${year}-%`],
  );
  return `SK-${year}-${String((row?.last ?? 0) + 1).padStart(2, '0')}`;
}
