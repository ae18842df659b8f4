import { PAYMENT_STATUSES } from '@skema/contracts';
import { IllegalTransitionError } from '../application-lifecycle';
import {
  COMMITTED_PAYMENT_STATUSES,
  FourEyesError,
  LIVE_PAYMENT_STATUSES,
  PAYMENT_TRANSITIONS,
  allowedPaymentTransitions,
  assertFourEyes,
  assertPaymentTransition,
  canTransitionPayment,
  isCommittedPaymentStatus,
  isFinalPaymentStatus,
  isLivePaymentStatus,
} from './payment-lifecycle';

const ALLOWED = new Set<string>(['requested→approved', 'requested→rejected', 'approved→paid', 'approved→rejected']);

const pairs = PAYMENT_STATUSES.flatMap((from) =>
  PAYMENT_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`)] as const),
);

describe('payment lifecycle', () => {
  it('has a row for every status', () =>
    expect(Object.keys(PAYMENT_TRANSITIONS).sort()).toEqual([...PAYMENT_STATUSES].sort()));

  it('checks all 16 pairs', () => expect(pairs).toHaveLength(16));

  describe.each(pairs)('%s → %s', (from, to, allowed) => {
    it(allowed ? 'is allowed' : 'is refused', () => {
      expect(canTransitionPayment(from, to)).toBe(allowed);
      if (allowed) expect(() => assertPaymentTransition(from, to)).not.toThrow();
      else expect(() => assertPaymentTransition(from, to)).toThrow(IllegalTransitionError);
    });
  });

  it('says what was refused, with the payment as the subject', () =>
    expect(() => assertPaymentTransition('paid', 'rejected')).toThrow('payment cannot move from paid to rejected'));

  it('has paid and rejected as the final statuses', () =>
    expect(PAYMENT_STATUSES.filter(isFinalPaymentStatus)).toEqual(['paid', 'rejected']));

  it('lets nothing move from a status it does not know', () =>
    expect(allowedPaymentTransitions('hasOwnProperty' as never)).toEqual([]));

  it('counts requested, approved and paid as occupying the tranche, approved and paid against the award', () => {
    expect(PAYMENT_STATUSES.filter(isLivePaymentStatus)).toEqual([...LIVE_PAYMENT_STATUSES]);
    expect(LIVE_PAYMENT_STATUSES).toEqual(['requested', 'approved', 'paid']);
    expect(PAYMENT_STATUSES.filter(isCommittedPaymentStatus)).toEqual(['approved', 'paid']);
    expect(COMMITTED_PAYMENT_STATUSES).toEqual(['approved', 'paid']);
  });
});

describe('four eyes', () => {
  const preparer = '6f1c2b7e-8d4a-4e59-9f0e-1a2b3c4d5e6f';
  const approver = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

  it('lets a second person approve', () => expect(() => assertFourEyes(preparer, approver)).not.toThrow());

  it('refuses the preparer, naming the rule', () => {
    expect(() => assertFourEyes(preparer, preparer)).toThrow(FourEyesError);
    expect(() => assertFourEyes(preparer, preparer)).toThrow(`payment prepared by ${preparer} cannot be approved`);
    const error = (() => {
      try {
        assertFourEyes(preparer, preparer);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toMatchObject({ name: 'FourEyesError', preparedBy: preparer, approvedBy: preparer });
  });

  it('sees the same person behind another spelling of the id', () => {
    expect(() => assertFourEyes(preparer, preparer.toUpperCase())).toThrow(FourEyesError);
    expect(() => assertFourEyes(` ${preparer}`, preparer)).toThrow(FourEyesError);
  });

  it('refuses an approval without a named approver or preparer', () => {
    expect(() => assertFourEyes(preparer, '')).toThrow('needs both its preparer and its approver');
    expect(() => assertFourEyes('  ', approver)).toThrow(FourEyesError);
  });
});
