import { HttpStatus } from '@nestjs/common';
import type { ApplicationStatus, ConsolidationDto, EvaluationGridDto } from '@skema/contracts';
import { assertTransition } from '@skema/domain';
import type { EntityManager } from 'typeorm';
import { AppException } from '../../../common/errors/app.exception';
import type { Application } from '../../applications/entities/application.entity';
import type { Call } from '../../calls/entities/call.entity';

/**
 * Where scores and moderations may still change: while the application is in evaluation, and after
 * it is `evaluated` (a third evaluator asked earlier may still submit, a committee may still moderate)
 * — until the outcome is decided and the call's results are published.
 */
const SCORABLE: readonly ApplicationStatus[] = ['in_evaluation', 'evaluated'];

/** 409 `evaluation_closed` once the results are out or the application is not (or no longer) in evaluation. */
export function assertEvaluationOpen(call: Pick<Call, 'resultsPublishedAt'>, application: Pick<Application, 'status'>) {
  if (call.resultsPublishedAt !== null || !SCORABLE.includes(application.status)) {
    throw new AppException('evaluation_closed', HttpStatus.CONFLICT);
  }
}

/** Every call that reached evaluation has a grid (publication requires one). */
export function gridOf(call: Pick<Call, 'id' | 'grid'>): EvaluationGridDto {
  if (!call.grid) throw new AppException('evaluation_closed', HttpStatus.CONFLICT);
  return call.grid;
}

/**
 * Once the stored sheets (and moderation) consolidate, the application is `evaluated`, through the
 * lifecycle's table; in the same transaction as the change that consolidated it. Never moved back: a
 * later sheet or conflict that unsettles the consolidation shows in the consolidation itself, which is
 * what the ranking reads.
 */
export async function markEvaluatedIfConsolidated(
  manager: EntityManager,
  application: Application,
  consolidation: ConsolidationDto | null,
): Promise<void> {
  if (consolidation?.status !== 'consolidated' || application.status !== 'in_evaluation') return;
  assertTransition(application.status, 'evaluated');
  application.status = 'evaluated';
  await manager.save(application);
}
