import { ROLES, type Role } from './roles';

/**
 * What each role may do (DESIGN §2), as data both sides read: the API's `@Access()` refuses, the portal
 * hides. Object-level rules ("only its own organisation") live in the API's resource policies.
 */
export const PERMISSIONS = {
  /** Anything about one's own account: profile, password, devices, second factor, notifications. */
  'account.self': ROLES,
  'organisations.list': ['programme_manager', 'admin'],
  'organisation.read': ['applicant', 'programme_manager', 'admin'],
  'organisation.update': ['applicant'],
  'organisation.verify': ['programme_manager'],
  'organisation.colleagues.invite': ['applicant'],
  /** Start and edit one's own CSO's drafts (the policy limits it to the CSO's own). */
  'applications.draft': ['applicant'],
  /** Read an application: the CSO's own, submitted ones for scheme staff, evaluators only once declared. */
  'applications.read': ['applicant', 'programme_manager', 'evaluator'],
  /** Lists: applicants see their CSO's, programme managers the submitted ones. */
  'applications.list': ['applicant', 'programme_manager'],
  'applications.export': ['programme_manager'],
  /** The administrative and eligibility check of submitted applications against the call's checklist. */
  'evaluation.eligibility': ['programme_manager'],
  /** Assign evaluators to the eligible applications of a call (automatic plan and manual adjustment). */
  'evaluation.assign': ['programme_manager'],
  /** An evaluator's own assignments and conflict-of-interest declarations. */
  'evaluation.evaluate': ['evaluator'],
  /**
   * Follow the evaluation of a call: progress, every evaluator's scores, divergences, moderation,
   * ranking, award confirmation, publication of results and the evaluation report.
   */
  'evaluation.manage': ['programme_manager'],
  /** A CSO's published result (its own), and programme managers. */
  'applications.result': ['applicant', 'programme_manager'],
  /** One's own background exports (the policy limits it to the requester). */
  'exports.own': ROLES,
  /** Turn awards into grant contracts, amend, suspend, terminate, close them; review grantee reports. */
  'grants.manage': ['programme_manager'],
  /** A grant, its schedule and payments: the grantee's own (policy), scheme and finance staff. */
  'grants.read': ['applicant', 'programme_manager', 'finance_officer'],
  /** Prepare, approve (never one's own), reject and mark paid the payments of tranches. */
  'payments.manage': ['finance_officer'],
  /** Payments due and made, the ledger, budget execution per lot and region. */
  'payments.read': ['finance_officer', 'programme_manager'],
  'users.read': ['admin'],
  'users.invite': ['admin'],
  'users.roles.manage': ['admin'],
  'audit.read': ['admin'],
  /** Create, edit, publish, amend and close calls for proposals. */
  'calls.manage': ['programme_manager'],
  'queues.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => rolesAllow(roles, permission));
}
