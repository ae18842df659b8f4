import type { CallStatus } from '@skema/contracts';

/** Calls whose applications are (or were) evaluated: past the deadline, in evaluation, awarded. */
const EVALUATED_CALL_STATUSES: ReadonlySet<CallStatus> = new Set(['closed', 'in_evaluation', 'awarded']);

/** Whether the call pages link to the call's evaluation workspace. */
export function hasEvaluation(status: CallStatus): boolean {
  return EVALUATED_CALL_STATUSES.has(status);
}
