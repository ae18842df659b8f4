/**
 * Evaluator assignment (DESIGN §3, decision 0015): every eligible application gets at least two
 * evaluators, never one from the applying CSO nor one with a declared conflict, and the load is
 * balanced greedily — each open slot goes to the eligible evaluator with the least total load, ties by
 * id, the most constrained applications first. Pure and deterministic: the API proposes the plan, the
 * programme manager adjusts it by hand, and the kept assignments count in the next plan.
 */
import { assertUniqueIds, compareIds } from './ids';
import { EvaluationError } from './scoring';

/** The fewest evaluators an application may have (DESIGN §3); a call may ask for more. */
export const MIN_EVALUATORS_PER_APPLICATION = 2;

export interface AssignmentApplication {
  id: string;
  /** The applying CSO: its own members never evaluate it. */
  organisationId: string;
}

export interface AssignmentEvaluator {
  id: string;
  /** The evaluator's CSO, null for an independent expert. */
  organisationId: string | null;
  /** Evaluations already assigned outside this plan (other calls); counted in the balance. */
  existingLoad: number;
}

/** A conflict declared on one application. */
export interface ApplicationConflict {
  evaluatorId: string;
  applicationId: string;
}

/** A conflict declared on a whole CSO: covers every application it submits. */
export interface OrganisationConflict {
  evaluatorId: string;
  organisationId: string;
}

export interface EvaluatorAssignment {
  applicationId: string;
  evaluatorId: string;
}

export interface AssignmentInput {
  applications: readonly AssignmentApplication[];
  evaluators: readonly AssignmentEvaluator[];
  conflicts?: readonly ApplicationConflict[];
  organisationConflicts?: readonly OrganisationConflict[];
  /** Assignments already made (earlier plans, manual adjustments): kept and counted in the load. */
  existingAssignments?: readonly EvaluatorAssignment[];
  /** Evaluators each application needs; default and minimum MIN_EVALUATORS_PER_APPLICATION. */
  perApplication?: number;
}

export type Ineligibility = 'own_organisation' | 'conflict';

export type AssignmentProblem =
  /** Fewer eligible evaluators than needed: every eligible one is assigned; `excluded` says why the rest are not. */
  | {
      kind: 'not_enough_evaluators';
      applicationId: string;
      required: number;
      assigned: number;
      excluded: Record<Ineligibility, number>;
    }
  /** A kept assignment that breaks the rule: not counted (the plan fills its slot); the caller removes it. */
  | { kind: 'ineligible_assignment'; applicationId: string; evaluatorId: string; reason: Ineligibility };

export interface EvaluatorLoad {
  evaluatorId: string;
  /** existingLoad + the eligible kept assignments + the new ones. */
  load: number;
}

export interface AssignmentPlan {
  /** The new assignments only, by application id then evaluator id. */
  assignments: EvaluatorAssignment[];
  /** By application id; an application's shortage after its ineligible assignments. */
  problems: AssignmentProblem[];
  /** Every evaluator's total load after the plan, by evaluator id. */
  loads: EvaluatorLoad[];
  /** Highest minus lowest total load (0 without evaluators). */
  loadSpread: number;
}

/**
 * Plans the missing assignments. Throws `EvaluationError` on input no person could produce: repeated
 * application or evaluator ids, a load that is not a whole number ≥ 0, fewer than two evaluators per
 * application, a kept assignment listed twice or naming an unknown application or evaluator.
 */
export function assignEvaluators(input: AssignmentInput): AssignmentPlan {
  const perApplication = requiredPerApplication(input);
  const pool = buildPool(input);
  const problems: AssignmentProblem[] = [...pool.ineligibleKept];
  const assignments: EvaluatorAssignment[] = [];

  const open = input.applications.map((application) => {
    const assigned = pool.assignedTo(application.id);
    const candidates = pool.evaluators.filter(
      (evaluator) => !assigned.has(evaluator.id) && pool.ineligibility(application, evaluator) === null,
    ).length;
    return { application, assigned, candidates, need: Math.max(0, perApplication - assigned.size) };
  });
  // Most constrained first: fewest candidates, then most slots to fill, then id.
  open.sort((a, b) => a.candidates - b.candidates || b.need - a.need || compareIds(a.application.id, b.application.id));

  for (const { application, assigned, need } of open) {
    for (let slot = 0; slot < need; slot++) {
      const evaluator = pool.pick(application, assigned);
      if (evaluator === null) {
        problems.push(shortage(pool, application, perApplication, assigned.size));
        break;
      }
      pool.assign(evaluator.id, assigned);
      assignments.push({ applicationId: application.id, evaluatorId: evaluator.id });
    }
  }

  assignments.sort(byApplicationThenEvaluator);
  problems.sort((a, b) => compareIds(a.applicationId, b.applicationId) || problemOrder(a, b));
  return { assignments, problems, ...pool.loads() };
}

export interface DeclaredConflict {
  evaluatorId: string;
  applicationId: string;
}

export interface Replacement {
  /** The assignment the declaration ends. */
  removed: EvaluatorAssignment;
  /** Who takes the slot, chosen by the same rule; null when nobody eligible is left. */
  replacement: EvaluatorAssignment | null;
  problem: Extract<AssignmentProblem, { kind: 'not_enough_evaluators' }> | null;
  loads: EvaluatorLoad[];
  loadSpread: number;
}

/**
 * An assigned evaluator declares a conflict on an application: the assignment ends and its slot goes to
 * the least-loaded eligible evaluator not already on the application (ties by id). One for one, even
 * when the application keeps enough evaluators: a third one was asked for a reason (divergence).
 * `input` is the state before the declaration; the declared conflict is added to it. Throws
 * `EvaluationError` as `assignEvaluators` does, and when the evaluator is not assigned to the application.
 */
export function replaceEvaluator(input: AssignmentInput, declared: DeclaredConflict): Replacement {
  const required = requiredPerApplication(input);
  const existing = input.existingAssignments ?? [];
  if (!existing.some((a) => a.applicationId === declared.applicationId && a.evaluatorId === declared.evaluatorId)) {
    throw new EvaluationError(`evaluator ${declared.evaluatorId} is not assigned to ${declared.applicationId}`);
  }
  const pool = buildPool({
    ...input,
    existingAssignments: existing.filter(
      (a) => a.applicationId !== declared.applicationId || a.evaluatorId !== declared.evaluatorId,
    ),
    conflicts: [...(input.conflicts ?? []), declared],
  });
  const application = pool.application(declared.applicationId);
  const assigned = pool.assignedTo(application.id);
  const evaluator = pool.pick(application, assigned);
  const removed = { applicationId: declared.applicationId, evaluatorId: declared.evaluatorId };
  if (evaluator === null) {
    const problem = assigned.size < required ? shortage(pool, application, required, assigned.size) : null;
    return { removed, replacement: null, problem, ...pool.loads() };
  }
  pool.assign(evaluator.id, assigned);
  const replacement = { applicationId: application.id, evaluatorId: evaluator.id };
  return { removed, replacement, problem: null, ...pool.loads() };
}

/** Why an evaluator may not evaluate an application, or null when it may (for manual adjustments too). */
export function evaluatorIneligibility(
  application: AssignmentApplication,
  evaluator: Pick<AssignmentEvaluator, 'id' | 'organisationId'>,
  conflicts: readonly ApplicationConflict[] = [],
  organisationConflicts: readonly OrganisationConflict[] = [],
): Ineligibility | null {
  return ineligibilityIn(new ConflictIndex(conflicts, organisationConflicts), application, evaluator);
}

function requiredPerApplication(input: AssignmentInput): number {
  const perApplication = input.perApplication ?? MIN_EVALUATORS_PER_APPLICATION;
  if (!Number.isSafeInteger(perApplication) || perApplication < MIN_EVALUATORS_PER_APPLICATION) {
    throw new EvaluationError(
      `each application needs a whole number ≥ ${MIN_EVALUATORS_PER_APPLICATION} of evaluators`,
    );
  }
  return perApplication;
}

/** Evaluator → ids it conflicts with (applications or organisations); ids stay opaque, no separators. */
class ConflictIndex {
  private readonly byEvaluator = new Map<string, Set<string>>();

  constructor(conflicts: readonly ApplicationConflict[], organisationConflicts: readonly OrganisationConflict[]) {
    for (const { evaluatorId, applicationId } of conflicts) this.add(evaluatorId, `a:${applicationId}`);
    for (const { evaluatorId, organisationId } of organisationConflicts) this.add(evaluatorId, `o:${organisationId}`);
  }

  has(evaluatorId: string, application: AssignmentApplication): boolean {
    const ids = this.byEvaluator.get(evaluatorId);
    return ids !== undefined && (ids.has(`a:${application.id}`) || ids.has(`o:${application.organisationId}`));
  }

  private add(evaluatorId: string, key: string): void {
    const ids = this.byEvaluator.get(evaluatorId) ?? new Set<string>();
    ids.add(key);
    this.byEvaluator.set(evaluatorId, ids);
  }
}

function ineligibilityIn(
  conflicts: ConflictIndex,
  application: AssignmentApplication,
  evaluator: Pick<AssignmentEvaluator, 'id' | 'organisationId'>,
): Ineligibility | null {
  if (evaluator.organisationId !== null && evaluator.organisationId === application.organisationId) {
    return 'own_organisation';
  }
  return conflicts.has(evaluator.id, application) ? 'conflict' : null;
}

type Pool = ReturnType<typeof buildPool>;

/** The validated state a plan works on: evaluators by id, their loads, the kept assignments. */
function buildPool(input: AssignmentInput) {
  assertUniqueIds(
    input.applications.map((a) => a.id),
    'application',
  );
  assertUniqueIds(
    input.evaluators.map((e) => e.id),
    'evaluator',
  );
  const applications = new Map(input.applications.map((a) => [a.id, a]));
  const evaluators = [...input.evaluators].sort((a, b) => compareIds(a.id, b.id));
  const byId = new Map(evaluators.map((e) => [e.id, e]));
  const load = new Map<string, number>();
  for (const evaluator of evaluators) {
    if (!Number.isSafeInteger(evaluator.existingLoad) || evaluator.existingLoad < 0) {
      throw new EvaluationError(`evaluator ${evaluator.id}: the load must be a whole number ≥ 0`);
    }
    load.set(evaluator.id, evaluator.existingLoad);
  }
  const conflicts = new ConflictIndex(input.conflicts ?? [], input.organisationConflicts ?? []);
  const ineligibility = (application: AssignmentApplication, evaluator: AssignmentEvaluator) =>
    ineligibilityIn(conflicts, application, evaluator);

  const kept = new Map<string, Set<string>>();
  const ineligibleKept: AssignmentProblem[] = [];
  for (const { applicationId, evaluatorId } of input.existingAssignments ?? []) {
    const application = applications.get(applicationId);
    const evaluator = byId.get(evaluatorId);
    if (!application || !evaluator) {
      throw new EvaluationError(`assignment of ${evaluatorId} to ${applicationId} names an unknown party`);
    }
    const onApplication = kept.get(applicationId) ?? new Set<string>();
    if (onApplication.has(evaluatorId)) {
      throw new EvaluationError(`evaluator ${evaluatorId} is assigned to ${applicationId} twice`);
    }
    const reason = ineligibility(application, evaluator);
    if (reason !== null) {
      ineligibleKept.push({ kind: 'ineligible_assignment', applicationId, evaluatorId, reason });
      continue;
    }
    onApplication.add(evaluatorId);
    kept.set(applicationId, onApplication);
    load.set(evaluatorId, (load.get(evaluatorId) ?? 0) + 1);
  }

  return {
    evaluators,
    ineligibleKept,
    ineligibility,
    application(id: string): AssignmentApplication {
      const application = applications.get(id);
      if (!application) throw new EvaluationError(`application ${id} is not in the plan`);
      return application;
    },
    /** A fresh set of the evaluators kept on the application. */
    assignedTo: (applicationId: string) => new Set(kept.get(applicationId)),
    /** The eligible evaluator not yet on the application with the least load, ties by id. */
    pick(application: AssignmentApplication, assigned: ReadonlySet<string>): AssignmentEvaluator | null {
      let best: AssignmentEvaluator | null = null;
      for (const evaluator of evaluators) {
        if (assigned.has(evaluator.id) || ineligibility(application, evaluator) !== null) continue;
        if (best === null || loadOf(evaluator) < loadOf(best)) best = evaluator;
      }
      return best;
    },
    assign(evaluatorId: string, assigned: Set<string>): void {
      assigned.add(evaluatorId);
      load.set(evaluatorId, (load.get(evaluatorId) ?? 0) + 1);
    },
    loads(): { loads: EvaluatorLoad[]; loadSpread: number } {
      const loads = evaluators.map((e) => ({ evaluatorId: e.id, load: loadOf(e) }));
      const values = loads.map((l) => l.load);
      return { loads, loadSpread: values.length === 0 ? 0 : Math.max(...values) - Math.min(...values) };
    },
  };

  function loadOf(evaluator: AssignmentEvaluator): number {
    return load.get(evaluator.id) ?? 0;
  }
}

function shortage(
  pool: Pool,
  application: AssignmentApplication,
  required: number,
  assigned: number,
): AssignmentProblem & { kind: 'not_enough_evaluators' } {
  const excluded: Record<Ineligibility, number> = { own_organisation: 0, conflict: 0 };
  for (const evaluator of pool.evaluators) {
    const reason = pool.ineligibility(application, evaluator);
    if (reason !== null) excluded[reason] += 1;
  }
  return { kind: 'not_enough_evaluators', applicationId: application.id, required, assigned, excluded };
}

function byApplicationThenEvaluator(a: EvaluatorAssignment, b: EvaluatorAssignment): number {
  return compareIds(a.applicationId, b.applicationId) || compareIds(a.evaluatorId, b.evaluatorId);
}

/** Ineligible kept assignments (by evaluator) before the shortage they cause. */
function problemOrder(a: AssignmentProblem, b: AssignmentProblem): number {
  if (a.kind === 'ineligible_assignment' && b.kind === 'ineligible_assignment') {
    return compareIds(a.evaluatorId, b.evaluatorId);
  }
  if (a.kind === b.kind) return 0;
  return a.kind === 'ineligible_assignment' ? -1 : 1;
}
