/** Roles of DESIGN §2. A person may hold several; every check uses the role and the object. */
export const ROLES = [
  'applicant',
  'evaluator',
  'programme_manager',
  'finance_officer',
  'reporting_officer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Staff who move money or people's data must use a second factor (issue 3). */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ['finance_officer', 'programme_manager', 'admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
