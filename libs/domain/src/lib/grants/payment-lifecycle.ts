/**
 * The Payment state machine (DESIGN §3, decision 0016): a finance officer prepares a payment
 * (`requested`), a second one approves it (`approved`), and it is marked `paid` with the bank's
 * reference; either step may reject it instead. The table says which moves exist; who may make them
 * (four eyes) is `assertFourEyes`; how much (the award ceiling) is `assertWithinAward`.
 */
import type { PaymentStatus } from '@skema/contracts';
import { IllegalTransitionError } from '../application-lifecycle';

/**
 * - `approved → rejected`: a transfer the bank refuses (closed account, wrong IBAN) or an error found
 *   after approval; the tranche is then free for a new payment.
 * - `paid` is final: money that left the account is corrected by a recovery, never by un-paying.
 * - `rejected` is final too: a retry is a new payment with a new idempotency key, so every attempt keeps
 *   its own history.
 */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  requested: ['approved', 'rejected'],
  approved: ['paid', 'rejected'],
  paid: [],
  rejected: [],
};

/** A payment in these statuses occupies its tranche: a tranche has at most one (`already_paid`). */
export const LIVE_PAYMENT_STATUSES: readonly PaymentStatus[] = ['requested', 'approved', 'paid'];

/**
 * These count against the award (DESIGN §3: "the sum of approved and paid amounts never exceeds the
 * award"). A `requested` payment does not yet: the approval is the commitment, and it is the approval
 * that checks the ceiling.
 */
export const COMMITTED_PAYMENT_STATUSES: readonly PaymentStatus[] = ['approved', 'paid'];

export function canTransitionPayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return allowedPaymentTransitions(from).includes(to);
}

/** Throws `IllegalTransitionError` (subject `'payment'`) unless the move is in the table. */
export function assertPaymentTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransitionPayment(from, to)) throw new IllegalTransitionError<PaymentStatus>(from, to, 'payment');
}

export function allowedPaymentTransitions(from: PaymentStatus): readonly PaymentStatus[] {
  return Object.hasOwn(PAYMENT_TRANSITIONS, from) ? PAYMENT_TRANSITIONS[from] : [];
}

export function isFinalPaymentStatus(status: PaymentStatus): boolean {
  return allowedPaymentTransitions(status).length === 0;
}

export function isLivePaymentStatus(status: PaymentStatus): boolean {
  return LIVE_PAYMENT_STATUSES.includes(status);
}

export function isCommittedPaymentStatus(status: PaymentStatus): boolean {
  return COMMITTED_PAYMENT_STATUSES.includes(status);
}

/** The preparer of a payment tried to approve it (or no approver was named). */
export class FourEyesError extends Error {
  constructor(
    readonly preparedBy: string,
    readonly approvedBy: string,
  ) {
    super(
      approvedBy.trim() === '' || preparedBy.trim() === ''
        ? 'a payment needs both its preparer and its approver named'
        : `payment prepared by ${preparedBy} cannot be approved by the same person`,
    );
    this.name = 'FourEyesError';
  }
}

/**
 * Four eyes (DESIGN §3): whoever prepared a payment never approves it. Ids are compared without regard
 * to case, since a UUID may be written either way; an empty id is refused rather than taken as
 * "someone else". The database's CHECK holds the same rule for the rows; this gives the clear error.
 */
export function assertFourEyes(preparedBy: string, approvedBy: string): void {
  const preparer = preparedBy.trim().toLowerCase();
  const approver = approvedBy.trim().toLowerCase();
  if (preparer === '' || approver === '' || preparer === approver) throw new FourEyesError(preparedBy, approvedBy);
}
