import { GRANT_STATUSES, type GrantStatus } from '@skema/contracts';
import { IllegalTransitionError } from '../application-lifecycle';
import {
  GRANT_TRANSITIONS,
  PAYABLE_GRANT_STATUSES,
  allowedGrantTransitions,
  assertGrantTransition,
  canTransitionGrant,
  isFinalGrantStatus,
  isPayableGrantStatus,
} from './grant-lifecycle';

/** The allowed moves, written out independently of the table under test; everything else is illegal. */
const ALLOWED = new Set<string>([
  'contracted→in_implementation',
  'contracted→terminated',
  'in_implementation→suspended',
  'in_implementation→terminated',
  'in_implementation→closed',
  'suspended→in_implementation',
  'suspended→terminated',
]);

const pairs = GRANT_STATUSES.flatMap((from) =>
  GRANT_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`)] as const),
);

describe('grant lifecycle', () => {
  it('has a row for every status and names only known statuses', () => {
    expect(Object.keys(GRANT_TRANSITIONS).sort()).toEqual([...GRANT_STATUSES].sort());
    for (const targets of Object.values(GRANT_TRANSITIONS)) {
      for (const to of targets) expect(GRANT_STATUSES).toContain(to);
    }
  });

  it('checks all 25 pairs', () => expect(pairs).toHaveLength(25));

  describe.each(pairs)('%s → %s', (from, to, allowed) => {
    it(allowed ? 'is allowed' : 'is refused', () => {
      expect(canTransitionGrant(from, to)).toBe(allowed);
      expect(allowedGrantTransitions(from).includes(to)).toBe(allowed);
      if (allowed) expect(() => assertGrantTransition(from, to)).not.toThrow();
      else expect(() => assertGrantTransition(from, to)).toThrow(IllegalTransitionError);
    });
  });

  it('says what was refused, with the grant as the subject', () => {
    let error: unknown;
    try {
      assertGrantTransition('closed', 'in_implementation');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ from: 'closed', to: 'in_implementation', subject: 'grant' });
    expect((error as Error).message).toBe('grant cannot move from closed to in_implementation');
  });

  it('has terminated and closed as the final statuses', () =>
    expect(GRANT_STATUSES.filter(isFinalGrantStatus)).toEqual(['terminated', 'closed']));

  it('never stays put', () =>
    GRANT_STATUSES.forEach((status) => expect(canTransitionGrant(status, status)).toBe(false)));

  it('reaches a final status from every status', () => {
    const reachesFinal = (status: GrantStatus, seen: ReadonlySet<GrantStatus> = new Set()): boolean =>
      isFinalGrantStatus(status) ||
      allowedGrantTransitions(status).some((next) => !seen.has(next) && reachesFinal(next, new Set([...seen, status])));
    GRANT_STATUSES.forEach((status) => expect(reachesFinal(status)).toBe(true));
  });

  it('lets nothing move from a status it does not know', () => {
    expect(allowedGrantTransitions('constructor' as GrantStatus)).toEqual([]);
    expect(() => assertGrantTransition('toString' as GrantStatus, 'closed')).toThrow(IllegalTransitionError);
  });

  it('pays tranches only while contracted or in implementation', () => {
    expect(PAYABLE_GRANT_STATUSES).toEqual(['contracted', 'in_implementation']);
    expect(GRANT_STATUSES.filter(isPayableGrantStatus)).toEqual(['contracted', 'in_implementation']);
  });
});
