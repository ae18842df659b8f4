/**
 * The Application state machine (DESIGN §3). Every allowed move is one entry in the table below; a
 * move missing from it is illegal, so a new transition is a reviewed one-line change here, never an
 * `if` in a service.
 */
import type { ApplicationStatus } from '@skema/contracts';

/**
 * Decisions where DESIGN §3 is terse:
 * - Withdrawal is a CSO's formal act on a *submitted* application, and only before the deadline (the
 *   service checks `isBeforeDeadline`; the table cannot see the clock). A draft is not withdrawn: the
 *   CSO deletes it, since the scheme never received it. After the deadline the application belongs
 *   to the eligibility check and the evaluation, so withdrawing no longer applies.
 * - Submission freezes a snapshot: there is no way back to `draft`. To change a submitted application
 *   before the deadline the CSO withdraws it and submits a new one (a new reference).
 * - `reserve → selected` when money frees up in the lot (a selected CSO drops out, an award is reduced).
 * - `reserve → rejected` when the reserve list lapses without money freeing up, so every CSO ends with
 *   an outcome.
 * - `selected → rejected` when a selected CSO declines the grant or fails the pre-contract checks
 *   (EU practice); that is what frees money for the reserve list.
 * - `withdrawn`, `ineligible`, `rejected` and `contracted` are final; what follows a contract is the
 *   Grant's own lifecycle.
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  draft: ['submitted'],
  submitted: ['withdrawn', 'eligible', 'ineligible'],
  withdrawn: [],
  eligible: ['in_evaluation'],
  ineligible: [],
  in_evaluation: ['evaluated'],
  evaluated: ['selected', 'reserve', 'rejected'],
  selected: ['contracted', 'rejected'],
  reserve: ['selected', 'rejected'],
  rejected: [],
  contracted: [],
};

export class IllegalTransitionError<S extends string = ApplicationStatus> extends Error {
  constructor(
    readonly from: S,
    readonly to: S,
    /** What moved, for the message and logs: 'application', 'call'… */
    readonly subject = 'application',
  ) {
    super(`${subject} cannot move from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** Throws `IllegalTransitionError` unless the move is in the table. */
export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

/** Where an application may go next, in the table's order (e.g. the actions a page offers). */
export function allowedTransitions(from: ApplicationStatus): readonly ApplicationStatus[] {
  // A status read from a row or a request is only a string at runtime; an unknown one goes nowhere.
  return Object.hasOwn(APPLICATION_TRANSITIONS, from) ? APPLICATION_TRANSITIONS[from] : [];
}

/** True for the states nothing leaves. */
export function isFinalApplicationStatus(status: ApplicationStatus): boolean {
  return allowedTransitions(status).length === 0;
}
