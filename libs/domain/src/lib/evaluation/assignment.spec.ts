import fc from 'fast-check';
import {
  type AssignmentApplication,
  type AssignmentEvaluator,
  type AssignmentInput,
  type EvaluatorAssignment,
  assignEvaluators,
  evaluatorIneligibility,
  replaceEvaluator,
} from './assignment';
import { EvaluationError } from './scoring';

/** Fixed seed: the properties explore the same inputs on every run, so a failure reproduces. */
const SEED = 20_261_126;

const app = (id: string, organisationId = `cso-${id}`): AssignmentApplication => ({ id, organisationId });
const expert = (id: string, existingLoad = 0, organisationId: string | null = null): AssignmentEvaluator => ({
  id,
  organisationId,
  existingLoad,
});
const experts = (...ids: string[]) => ids.map((id) => expert(id));
/** Assignments as compact `application:evaluator` strings. */
const pairs = (assignments: EvaluatorAssignment[]) => assignments.map((a) => `${a.applicationId}:${a.evaluatorId}`);
const loadsOf = (plan: { loads: { evaluatorId: string; load: number }[] }) =>
  Object.fromEntries(plan.loads.map((l) => [l.evaluatorId, l.load]));

/** The `not_enough_evaluators` problem, with how many were excluded as own CSO and as conflicts. */
const shortfall = (applicationId: string, required: number, assigned: number, ownOrganisation = 0, conflict = 0) => ({
  kind: 'not_enough_evaluators',
  applicationId,
  required,
  assigned,
  excluded: { own_organisation: ownOrganisation, conflict },
});

/** mulberry32: a tiny seeded PRNG, for shuffles that are random yet reproducible. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('assignEvaluators', () => {
  describe('the basic rule', () => {
    it('gives each application two evaluators, each slot to the least-loaded one, ties by id', () => {
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2'), app('a3')],
        evaluators: experts('e1', 'e2', 'e3'),
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e1', 'a1:e2', 'a2:e1', 'a2:e3', 'a3:e2', 'a3:e3']);
      expect(plan).toMatchObject({
        problems: [],
        loads: [
          { evaluatorId: 'e1', load: 2 },
          { evaluatorId: 'e2', load: 2 },
          { evaluatorId: 'e3', load: 2 },
        ],
        loadSpread: 0,
      });
    });

    it('gives a call that asks for three evaluators three, and refuses fewer than two', () => {
      const plan = assignEvaluators({
        applications: [app('a1')],
        evaluators: experts('e1', 'e2', 'e3', 'e4'),
        perApplication: 3,
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e1', 'a1:e2', 'a1:e3']);
      for (const perApplication of [1, 0, 2.5, Number.NaN]) {
        expect(() => assignEvaluators({ applications: [], evaluators: [], perApplication })).toThrow(EvaluationError);
      }
    });

    it('counts the load already assigned elsewhere', () => {
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2')],
        evaluators: [expert('busy', 5), expert('e1', 1), expert('e2'), expert('e3')],
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e2', 'a1:e3', 'a2:e1', 'a2:e2']);
      expect(loadsOf(plan)).toEqual({ busy: 5, e1: 2, e2: 2, e3: 1 });
      expect(plan.loadSpread).toBe(4);
    });

    it('fills the most constrained application first, so the free ones take the rest', () => {
      // Taken by id, a1 would use e1 and e2, the only evaluators a2 may have: loads 2/2/0.
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2')],
        evaluators: experts('e1', 'e2', 'e3'),
        conflicts: [{ evaluatorId: 'e3', applicationId: 'a2' }],
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e1', 'a1:e3', 'a2:e1', 'a2:e2']);
      expect(plan.loadSpread).toBe(1);
    });
  });

  describe('who may not evaluate', () => {
    // The CSO members are the least loaded: only the rule keeps one of them away.
    const evaluators = [
      expert('member', 0, 'cso-a1'),
      expert('other-cso', 0, 'cso-x'),
      expert('e1', 1),
      expert('e2', 1),
      expert('e3', 1),
    ];

    it('never assigns a member of the applying CSO, but may assign a member of another CSO', () => {
      const plan = assignEvaluators({ applications: [app('a1'), app('a2')], evaluators });
      expect(pairs(plan.assignments)).toEqual(['a1:e1', 'a1:other-cso', 'a2:e2', 'a2:member']);
    });

    it('never assigns an evaluator with a conflict on the application or on the applying CSO', () => {
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2', 'cso-shared'), app('a3', 'cso-shared')],
        evaluators: experts('e1', 'e2', 'e3', 'e4'),
        conflicts: [{ evaluatorId: 'e1', applicationId: 'a1' }],
        organisationConflicts: [{ evaluatorId: 'e2', organisationId: 'cso-shared' }],
      });
      expect(pairs(plan.assignments)).not.toContain('a1:e1');
      expect(pairs(plan.assignments).filter((p) => p.endsWith(':e2'))).toEqual(['a1:e2']);
      expect(plan.problems).toEqual([]);
    });

    it.each([
      ['eligible', app('a1'), expert('e1'), null],
      ['an independent expert although the CSO id is missing', app('a1', ''), expert('e1'), null],
      ['the applying CSO', app('a1'), expert('e1', 0, 'cso-a1'), 'own_organisation'],
      ['a conflict on the application', app('a1'), expert('e2'), 'conflict'],
      ['a conflict on the CSO', app('a9', 'cso-z'), expert('e3'), 'conflict'],
      ['a conflict on another application only', app('a2'), expert('e2'), null],
    ])('evaluatorIneligibility: %s', (_, application, evaluator, expected) =>
      expect(
        evaluatorIneligibility(
          application,
          evaluator,
          [{ evaluatorId: 'e2', applicationId: 'a1' }],
          [{ evaluatorId: 'e3', organisationId: 'cso-z' }],
        ),
      ).toBe(expected),
    );
  });

  describe('kept assignments (earlier plans, manual adjustments)', () => {
    it('keeps them, fills only the missing slots and counts them in the load', () => {
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2'), app('a3')],
        evaluators: experts('e1', 'e2', 'e3', 'e4'),
        existingAssignments: [
          { applicationId: 'a1', evaluatorId: 'e4' },
          { applicationId: 'a2', evaluatorId: 'e4' },
          { applicationId: 'a2', evaluatorId: 'e3' },
          { applicationId: 'a2', evaluatorId: 'e1' },
        ],
      });
      // a2 is full (three kept); a1 needs one, a3 two.
      expect(pairs(plan.assignments)).toEqual(['a1:e2', 'a3:e1', 'a3:e2']);
      expect(loadsOf(plan)).toEqual({ e1: 2, e2: 2, e3: 1, e4: 2 });
      expect(plan.problems).toEqual([]);
    });

    it('reports a kept assignment that breaks the rule, leaves it out of the count and fills its slot', () => {
      const plan = assignEvaluators({
        applications: [app('a1')],
        evaluators: [expert('member', 0, 'cso-a1'), ...experts('e1', 'e2', 'e3')],
        conflicts: [{ evaluatorId: 'e1', applicationId: 'a1' }],
        existingAssignments: [
          { applicationId: 'a1', evaluatorId: 'member' },
          { applicationId: 'a1', evaluatorId: 'e1' },
          { applicationId: 'a1', evaluatorId: 'e2' },
        ],
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e3']);
      expect(plan.problems).toEqual([
        { kind: 'ineligible_assignment', applicationId: 'a1', evaluatorId: 'e1', reason: 'conflict' },
        { kind: 'ineligible_assignment', applicationId: 'a1', evaluatorId: 'member', reason: 'own_organisation' },
      ]);
      expect(loadsOf(plan)).toEqual({ e1: 0, e2: 1, e3: 1, member: 0 });
    });
  });

  describe('impossible cases', () => {
    it('assigns every eligible evaluator it can and says why the others may not', () => {
      const plan = assignEvaluators({
        applications: [app('a1'), app('a2'), app('a3')],
        evaluators: [expert('member', 0, 'cso-a1'), ...experts('e1', 'e2')],
        conflicts: [{ evaluatorId: 'e2', applicationId: 'a1' }],
        perApplication: 3,
      });
      expect(pairs(plan.assignments)).toEqual(['a1:e1', 'a2:e1', 'a2:e2', 'a2:member', 'a3:e1', 'a3:e2', 'a3:member']);
      expect(plan.problems).toEqual([shortfall('a1', 3, 1, 1, 1)]);
    });

    it('reports every application when there are no evaluators at all', () => {
      const plan = assignEvaluators({ applications: [app('a2'), app('a1')], evaluators: [] });
      expect(plan).toEqual({
        assignments: [],
        problems: [shortfall('a1', 2, 0), shortfall('a2', 2, 0)],
        loads: [],
        loadSpread: 0,
      });
    });

    it('plans nothing for no applications and reports the loads as they are', () =>
      expect(assignEvaluators({ applications: [], evaluators: [expert('e1', 3), expert('e2')] })).toEqual({
        assignments: [],
        problems: [],
        loads: [
          { evaluatorId: 'e1', load: 3 },
          { evaluatorId: 'e2', load: 0 },
        ],
        loadSpread: 3,
      }));
  });

  describe('input no person could produce', () => {
    const base: AssignmentInput = { applications: [app('a1')], evaluators: experts('e1', 'e2') };
    it.each<[string, Partial<AssignmentInput>, RegExp]>([
      ['an application listed twice', { applications: [app('a1'), app('a1')] }, /application a1 is listed twice/],
      ['an evaluator listed twice', { evaluators: experts('e1', 'e1') }, /evaluator e1 is listed twice/],
      ['a negative load', { evaluators: [expert('e1', -1)] }, /whole number ≥ 0/],
      ['a fractional load', { evaluators: [expert('e1', 0.5)] }, /whole number ≥ 0/],
      [
        'an assignment to an unknown evaluator',
        { existingAssignments: [{ applicationId: 'a1', evaluatorId: 'x' }] },
        /unknown/,
      ],
      [
        'an assignment to an unknown application',
        { existingAssignments: [{ applicationId: 'x', evaluatorId: 'e1' }] },
        /unknown/,
      ],
      [
        'the same assignment twice',
        {
          existingAssignments: [
            { applicationId: 'a1', evaluatorId: 'e1' },
            { applicationId: 'a1', evaluatorId: 'e1' },
          ],
        },
        /twice/,
      ],
    ])('refuses %s', (_, overrides, message) => {
      expect(() => assignEvaluators({ ...base, ...overrides })).toThrow(EvaluationError);
      expect(() => assignEvaluators({ ...base, ...overrides })).toThrow(message);
    });

    it('ignores conflicts of evaluators outside the pool', () =>
      expect(assignEvaluators({ ...base, conflicts: [{ evaluatorId: 'gone', applicationId: 'a1' }] }).problems).toEqual(
        [],
      ));
  });

  describe('properties', () => {
    /** Small worlds where CSOs, conflicts and kept assignments collide often. */
    const arbitraryWorld = fc
      .record({
        applicationCsos: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        evaluators: fc.array(
          fc.record({ cso: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), load: fc.nat(3) }),
          { maxLength: 8 },
        ),
        conflictPairs: fc.array(fc.tuple(fc.nat(11), fc.nat(7)), { maxLength: 10 }),
        organisationConflictPairs: fc.array(fc.tuple(fc.nat(3), fc.nat(7)), { maxLength: 4 }),
        keptPairs: fc.array(fc.tuple(fc.nat(11), fc.nat(7)), { maxLength: 8 }),
        perApplication: fc.integer({ min: 2, max: 4 }),
      })
      .map((w): AssignmentInput => {
        const applications = w.applicationCsos.map((cso, i) => app(`a${i}`, `cso${cso}`));
        const evaluators = w.evaluators.map((e, i) => expert(`e${i}`, e.load, e.cso === null ? null : `cso${e.cso}`));
        const known = ([a, e]: [number, number]) => a < applications.length && e < evaluators.length;
        const kept = new Map(
          w.keptPairs.filter(known).map(([a, e]) => [`${a}/${e}`, { applicationId: `a${a}`, evaluatorId: `e${e}` }]),
        );
        return {
          applications,
          evaluators,
          conflicts: w.conflictPairs.map(([a, e]) => ({ evaluatorId: `e${e}`, applicationId: `a${a}` })),
          organisationConflicts: w.organisationConflictPairs.map(([o, e]) => ({
            evaluatorId: `e${e}`,
            organisationId: `cso${o}`,
          })),
          existingAssignments: [...kept.values()],
          perApplication: w.perApplication,
        };
      });

    it('never assigns an ineligible evaluator or one twice, and fills every application it can', () =>
      fc.assert(
        fc.property(arbitraryWorld, (input) => {
          const plan = assignEvaluators(input);
          const ineligible = (a: EvaluatorAssignment) =>
            evaluatorIneligibility(
              input.applications.find((x) => x.id === a.applicationId) as AssignmentApplication,
              input.evaluators.find((x) => x.id === a.evaluatorId) as AssignmentEvaluator,
              input.conflicts,
              input.organisationConflicts,
            );
          expect(plan.assignments.filter((a) => ineligible(a) !== null)).toEqual([]);
          const kept = (input.existingAssignments ?? []).filter((a) => ineligible(a) === null);
          const all = [...kept, ...plan.assignments];
          expect(new Set(pairs(all)).size).toBe(all.length);
          for (const application of input.applications) {
            const count = all.filter((a) => a.applicationId === application.id).length;
            const eligible = input.evaluators.filter(
              (e) => ineligible({ applicationId: application.id, evaluatorId: e.id }) === null,
            ).length;
            const short = plan.problems.find(
              (p) => p.kind === 'not_enough_evaluators' && p.applicationId === application.id,
            );
            expect(count).toBeGreaterThanOrEqual(Math.min(eligible, input.perApplication ?? 2));
            expect(short !== undefined).toBe(count < (input.perApplication ?? 2));
            if (short) expect(count).toBe(eligible);
          }
          const existing = input.evaluators.reduce((sum, e) => sum + e.existingLoad, 0);
          expect(plan.loads.reduce((sum, l) => sum + l.load, 0)).toBe(existing + all.length);
        }),
        { seed: SEED },
      ));

    it('gives the same plan whatever the order of the input', () =>
      fc.assert(
        fc.property(arbitraryWorld, fc.integer(), (input, seed) => {
          const reordered: AssignmentInput = {
            ...input,
            applications: shuffled(input.applications, seed),
            evaluators: shuffled(input.evaluators, seed + 1),
            conflicts: shuffled(input.conflicts ?? [], seed + 2),
            organisationConflicts: shuffled(input.organisationConflicts ?? [], seed + 4),
            existingAssignments: shuffled(input.existingAssignments ?? [], seed + 3),
          };
          expect(assignEvaluators(reordered)).toEqual(assignEvaluators(input));
        }),
        { seed: SEED },
      ));

    it('keeps the load spread at most 1 when nothing constrains the choice', () =>
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 2, max: 9 }),
          fc.integer({ min: 2, max: 4 }),
          fc.nat(5),
          (applicationCount, evaluatorCount, perApplication, sharedLoad) => {
            fc.pre(perApplication <= evaluatorCount);
            const plan = assignEvaluators({
              applications: Array.from({ length: applicationCount }, (_, i) => app(`a${i}`)),
              evaluators: Array.from({ length: evaluatorCount }, (_, i) => expert(`e${i}`, sharedLoad)),
              perApplication,
            });
            expect(plan.problems).toEqual([]);
            expect(plan.assignments).toHaveLength(applicationCount * perApplication);
            expect(plan.loadSpread).toBeLessThanOrEqual(1);
          },
        ),
        { seed: SEED },
      ));

    it('never widens an unconstrained spread beyond what it was, or 1', () =>
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 30 }),
          fc.array(fc.nat(6), { minLength: 2, maxLength: 8 }),
          (applicationCount, existingLoads) => {
            const plan = assignEvaluators({
              applications: Array.from({ length: applicationCount }, (_, i) => app(`a${i}`)),
              evaluators: existingLoads.map((load, i) => expert(`e${i}`, load)),
            });
            const before = Math.max(...existingLoads) - Math.min(...existingLoads);
            expect(plan.loadSpread).toBeLessThanOrEqual(Math.max(1, before));
          },
        ),
        { seed: SEED },
      ));
  });
});

describe('replaceEvaluator', () => {
  const input: AssignmentInput = {
    applications: [app('a1'), app('a2')],
    evaluators: [expert('e1'), expert('e2'), expert('e3', 2), expert('e4', 1), expert('member', 0, 'cso-a1')],
    existingAssignments: [
      { applicationId: 'a1', evaluatorId: 'e1' },
      { applicationId: 'a1', evaluatorId: 'e2' },
      { applicationId: 'a2', evaluatorId: 'e1' },
      { applicationId: 'a2', evaluatorId: 'e2' },
    ],
  };

  it('ends the assignment and gives the slot to the least-loaded eligible evaluator not already on it', () => {
    const result = replaceEvaluator(input, { evaluatorId: 'e1', applicationId: 'a1' });
    expect(result).toMatchObject({
      removed: { applicationId: 'a1', evaluatorId: 'e1' },
      replacement: { applicationId: 'a1', evaluatorId: 'e4' },
      problem: null,
    });
    expect(loadsOf(result)).toEqual({ e1: 1, e2: 2, e3: 2, e4: 2, member: 0 });
  });

  it('never picks the declaring evaluator back, even when the conflict list does not name it yet', () => {
    const result = replaceEvaluator(
      { ...input, evaluators: [expert('e1'), expert('e2'), expert('e3', 9)] },
      { evaluatorId: 'e1', applicationId: 'a1' },
    );
    expect(result.replacement).toEqual({ applicationId: 'a1', evaluatorId: 'e3' });
  });

  it('replaces one for one even when the application keeps enough evaluators', () => {
    const withThird = {
      ...input,
      existingAssignments: [...(input.existingAssignments ?? []), { applicationId: 'a2', evaluatorId: 'e4' }],
    };
    expect(replaceEvaluator(withThird, { evaluatorId: 'e4', applicationId: 'a2' }).replacement).toEqual({
      applicationId: 'a2',
      evaluatorId: 'member',
    });
  });

  it('reports the shortage when nobody eligible is left', () => {
    const result = replaceEvaluator(
      { ...input, evaluators: [expert('e1'), expert('e2'), expert('member', 0, 'cso-a1')] },
      { evaluatorId: 'e2', applicationId: 'a1' },
    );
    expect(result).toMatchObject({
      replacement: null,
      problem: shortfall('a1', 2, 1, 1, 1),
    });
  });

  it('reports no shortage when the application keeps enough evaluators and nobody is left', () => {
    const threeOnOne: AssignmentInput = {
      applications: [app('a1')],
      evaluators: experts('e1', 'e2', 'e3'),
      existingAssignments: ['e1', 'e2', 'e3'].map((evaluatorId) => ({ applicationId: 'a1', evaluatorId })),
    };
    expect(replaceEvaluator(threeOnOne, { evaluatorId: 'e3', applicationId: 'a1' })).toMatchObject({
      replacement: null,
      problem: null,
    });
  });

  it('refuses a declaration from an evaluator not assigned to the application', () =>
    expect(() => replaceEvaluator(input, { evaluatorId: 'e3', applicationId: 'a1' })).toThrow(/not assigned/));

  it('picks as assignEvaluators would fill the freed slot', () => {
    const declared = { evaluatorId: 'e2', applicationId: 'a2' };
    const viaPlan = assignEvaluators({
      ...input,
      existingAssignments: input.existingAssignments?.filter((a) => a.applicationId !== 'a2' || a.evaluatorId !== 'e2'),
      conflicts: [declared],
    });
    expect([replaceEvaluator(input, declared).replacement]).toEqual(viaPlan.assignments);
  });
});
