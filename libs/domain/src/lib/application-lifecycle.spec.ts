import { APPLICATION_STATUSES, type ApplicationStatus } from '@skema/contracts';
import {
  APPLICATION_TRANSITIONS,
  IllegalTransitionError,
  allowedTransitions,
  assertTransition,
  canTransition,
  isFinalApplicationStatus,
} from './application-lifecycle';

/**
 * The allowed moves, written out independently of the table under test, so a change to the table
 * must be made twice on purpose. Everything not listed here is illegal.
 */
const ALLOWED = new Set<string>([
  'draft→submitted',
  'submitted→withdrawn',
  'submitted→eligible',
  'submitted→ineligible',
  'eligible→in_evaluation',
  'in_evaluation→evaluated',
  'evaluated→selected',
  'evaluated→reserve',
  'evaluated→rejected',
  'reserve→selected',
  'reserve→rejected',
  'selected→contracted',
  'selected→rejected',
]);

const pairs = APPLICATION_STATUSES.flatMap((from) =>
  APPLICATION_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}→${to}`)] as const),
);

describe('application lifecycle', () => {
  it('has a row for every status and names only known statuses', () => {
    expect(Object.keys(APPLICATION_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const targets of Object.values(APPLICATION_TRANSITIONS)) {
      for (const to of targets) expect(APPLICATION_STATUSES).toContain(to);
    }
  });

  it('checks all 121 pairs', () => expect(pairs).toHaveLength(APPLICATION_STATUSES.length ** 2));

  describe.each(pairs)('%s → %s', (from, to, allowed) => {
    it(allowed ? 'is allowed' : 'is refused', () => {
      expect(canTransition(from, to)).toBe(allowed);
      expect(allowedTransitions(from).includes(to)).toBe(allowed);
      if (allowed) {
        expect(() => assertTransition(from, to)).not.toThrow();
      } else {
        expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
      }
    });
  });

  it('says what was refused', () => {
    const error = (() => {
      try {
        assertTransition('draft', 'contracted');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'IllegalTransitionError', from: 'draft', to: 'contracted' });
    expect((error as Error).message).toBe('application cannot move from draft to contracted');
  });

  it('never stays put: no status moves to itself', () =>
    APPLICATION_STATUSES.forEach((status) => expect(canTransition(status, status)).toBe(false)));

  it('has withdrawn, ineligible, rejected and contracted as the final statuses', () =>
    expect(APPLICATION_STATUSES.filter(isFinalApplicationStatus)).toEqual([
      'withdrawn',
      'ineligible',
      'rejected',
      'contracted',
    ]));

  it('reaches a final status from every status', () => {
    const reachesFinal = (status: ApplicationStatus, seen = new Set<ApplicationStatus>()): boolean =>
      isFinalApplicationStatus(status) ||
      allowedTransitions(status).some((next) => !seen.has(next) && reachesFinal(next, new Set([...seen, status])));
    APPLICATION_STATUSES.forEach((status) => expect(reachesFinal(status)).toBe(true));
  });

  it('lets nothing move from a status it does not know (a stray string from a row)', () => {
    expect(allowedTransitions('archived' as ApplicationStatus)).toEqual([]);
    expect(canTransition('constructor' as ApplicationStatus, 'draft')).toBe(false);
    expect(() => assertTransition('toString' as ApplicationStatus, 'submitted')).toThrow(IllegalTransitionError);
  });

  it('offers the next steps in a stable order', () => {
    expect(allowedTransitions('submitted')).toEqual(['withdrawn', 'eligible', 'ineligible']);
    expect(allowedTransitions('evaluated')).toEqual(['selected', 'reserve', 'rejected']);
  });
});
