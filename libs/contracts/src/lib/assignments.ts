/** Evaluator assignment and the conflict-of-interest declaration (DESIGN §3, decision 0015). */
export const ASSIGNMENT_LIMITS = {
  conflictReasonMinLength: 10,
  conflictReasonMaxLength: 2000,
} as const;

/** `pending` until the evaluator signs the declaration of no conflict, or declares one. */
export const DECLARATIONS = ['pending', 'signed', 'conflict'] as const;
export type Declaration = (typeof DECLARATIONS)[number];

/**
 * `GET /api/calls/:id/assignments?sort=`: by the application's reference, the evaluator's name or when
 * assigned; ties always by reference, evaluator and id, so a page never shifts between two reads.
 */
export const ASSIGNMENT_SORTS = [
  'reference',
  '-reference',
  'evaluator',
  '-evaluator',
  'assignedAt',
  '-assignedAt',
] as const;
export type AssignmentSort = (typeof ASSIGNMENT_SORTS)[number];

/** What the programme manager sees of one assignment. */
export interface EvaluationAssignmentDto {
  id: string;
  applicationId: string;
  applicationReference: string | null;
  evaluatorId: string;
  evaluatorName: string;
  declaration: Declaration;
  declaredAt: string | null;
  conflictReason: string | null;
  assignedAt: string;
}

/** What an evaluator sees of their own assignment: no application content until signed. */
export interface MyEvaluationDto {
  id: string;
  applicationId: string;
  applicationReference: string | null;
  callId: string;
  callReference: string;
  lotId: string;
  lotRegionCode: string;
  declaration: Declaration;
  declaredAt: string | null;
  /** How far the score sheet is: nothing saved yet, a draft, or submitted (locked). */
  evaluationStatus: 'not_started' | 'draft' | 'submitted';
}

/** `GET /api/evaluators` (programme manager): who can be assigned, and their current load. */
export interface EvaluatorOptionDto {
  id: string;
  displayName: string;
  /** The CSO the evaluator belongs to, if any (never assigned to its applications). */
  organisationName: string | null;
  /** Assignments not declared a conflict, across calls. */
  load: number;
}

export type AssignmentPlanProblemDto =
  | {
      kind: 'not_enough_evaluators';
      applicationId: string;
      required: number;
      assigned: number;
      excluded: { own_organisation: number; conflict: number };
    }
  | {
      kind: 'ineligible_assignment';
      applicationId: string;
      evaluatorId: string;
      reason: 'own_organisation' | 'conflict';
    };

/** The result of an automatic assignment of a call. */
export interface AssignmentPlanDto {
  created: number;
  problems: AssignmentPlanProblemDto[];
  loads: { evaluatorId: string; load: number }[];
  loadSpread: number;
}

export interface AddAssignmentRequest {
  evaluatorId: string;
}

/** Either the signed declaration of no conflict, or a declared conflict with its reason. */
export type DeclarationRequest = { signed: true } | { conflict: true; reason: string };
