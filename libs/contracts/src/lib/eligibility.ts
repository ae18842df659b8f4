import type { LocalizedText } from './locale';
import type { ApplicationStatus } from './states';

/** The administrative and eligibility check (DESIGN §3): one decision per item of the call's checklist. */
export const ELIGIBILITY_LIMITS = {
  /** A failed item must say why, so the CSO can understand the decision. */
  noteMinLength: 10,
  noteMaxLength: 2000,
} as const;

export const ELIGIBILITY_OUTCOMES = ['eligible', 'ineligible'] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

/** One checklist item as decided. */
export interface EligibilityDecisionItem {
  /** The key of an item of the call's `eligibility` checklist. */
  key: string;
  passed: boolean;
  /** Required (at least `noteMinLength` characters) when the item failed; optional otherwise. */
  note?: string | null;
}

/** `PUT /api/applications/:id/eligibility`: every item of the call's checklist exactly once. */
export interface SaveEligibilityRequest {
  items: EligibilityDecisionItem[];
}

/** One checklist item with its decision, if one was saved. */
export interface EligibilityCheckItemDto {
  key: string;
  text: LocalizedText;
  passed: boolean | null;
  note: string | null;
}

/** `GET /api/applications/:id/eligibility`: the call's checklist and the saved decision, if any. */
export interface EligibilityCheckDto {
  applicationId: string;
  applicationStatus: ApplicationStatus;
  items: EligibilityCheckItemDto[];
  /** Null until decided. */
  outcome: EligibilityOutcome | null;
  decidedBy: string | null;
  decidedAt: string | null;
}
