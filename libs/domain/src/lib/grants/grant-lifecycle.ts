/**
 * The Grant state machine (DESIGN §3, decision 0016): `contracted → in_implementation → closed`, with
 * `suspended` and `terminated` on the side. As for applications, every allowed move is one entry of
 * the table; anything else is illegal.
 */
import type { GrantStatus } from '@skema/contracts';
import { IllegalTransitionError } from '../application-lifecycle';

/**
 * Decisions where DESIGN §3 is terse:
 * - `contracted → terminated`: a contract may end before the action starts (the CSO withdraws, a
 *   pre-contract check fails late); there is nothing to suspend yet.
 * - `contracted` cannot be suspended or closed: suspension pauses an action under way, and closing
 *   needs the final report and the balance, which only an action in implementation has.
 * - `suspended → in_implementation` resumes; `suspended → terminated` when it cannot resume. A
 *   suspended grant is never closed directly: it resumes first, so closing always follows the same
 *   checks.
 * - `terminated` and `closed` are final. What a terminated grant owes back is a recovery recorded by
 *   finance, not a state.
 */
export const GRANT_TRANSITIONS: Readonly<Record<GrantStatus, readonly GrantStatus[]>> = {
  contracted: ['in_implementation', 'terminated'],
  in_implementation: ['suspended', 'terminated', 'closed'],
  suspended: ['in_implementation', 'terminated'],
  terminated: [],
  closed: [],
};

/**
 * The statuses in which a tranche may be paid (`trancheBlocks` answers `grant_not_active` otherwise):
 * pre-financing is paid on signature, so `contracted` is one of them; a suspended grant pays nothing.
 */
export const PAYABLE_GRANT_STATUSES: readonly GrantStatus[] = ['contracted', 'in_implementation'];

export function canTransitionGrant(from: GrantStatus, to: GrantStatus): boolean {
  return allowedGrantTransitions(from).includes(to);
}

/** Throws `IllegalTransitionError` (subject `'grant'`) unless the move is in the table. */
export function assertGrantTransition(from: GrantStatus, to: GrantStatus): void {
  if (!canTransitionGrant(from, to)) throw new IllegalTransitionError<GrantStatus>(from, to, 'grant');
}

/** Where a grant may go next, in the table's order (the actions a page offers). */
export function allowedGrantTransitions(from: GrantStatus): readonly GrantStatus[] {
  // A status read from a row or a request is only a string at runtime; an unknown one goes nowhere.
  return Object.hasOwn(GRANT_TRANSITIONS, from) ? GRANT_TRANSITIONS[from] : [];
}

export function isFinalGrantStatus(status: GrantStatus): boolean {
  return allowedGrantTransitions(status).length === 0;
}

export function isPayableGrantStatus(status: GrantStatus): boolean {
  return PAYABLE_GRANT_STATUSES.includes(status);
}
