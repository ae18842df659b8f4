/** Lifecycle states of DESIGN §3 and §4. The transitions themselves live in `@skema/domain`. */
export const CALL_STATUSES = ['draft', 'published', 'closed', 'in_evaluation', 'awarded', 'archived'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'eligible',
  'ineligible',
  'in_evaluation',
  'evaluated',
  'selected',
  'reserve',
  'rejected',
  'contracted',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const GRANT_STATUSES = ['contracted', 'in_implementation', 'suspended', 'terminated', 'closed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const PAYMENT_STATUSES = ['requested', 'approved', 'paid', 'rejected'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const VICTIM_CATEGORIES = ['trafficking', 'domestic_violence', 'both', 'at_risk'] as const;
export type VictimCategory = (typeof VICTIM_CATEGORIES)[number];

export const AGE_BANDS = ['15-17', '18-24', '25-34', '35-49', '50+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];
