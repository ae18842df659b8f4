import type { AgeBand, Sex, VictimCategory } from './states';

/**
 * What each section of an application holds (`ApplicationSectionDto.content`), as the portal writes
 * it and the API's checklist reads it. The API stores a section as JSON and checks only what a
 * submission needs (a non-empty `text`, at least one indicator, one planned group, a budget that adds
 * up), so fields may be added here without a migration; older drafts simply lack them.
 */

export const APPLICATION_CONTENT_LIMITS = {
  /** A title or a name: one line. */
  shortTextMaxLength: 300,
  /** A narrative field (summary, problem analysis, objectives). */
  textMaxLength: 10_000,
  /** Rows of one list (indicators, planned groups, partners, activities, budget lines). */
  listMaxItems: 100,
  /** People in one planned group: a small scheme's scale, with room to spare. */
  beneficiaryCountMax: 100_000,
} as const;

/** `summary`: what the action is, in brief. */
export interface SummaryContent {
  /** The title of the action (not of the call). */
  title?: string;
  /** The summary itself; the API requires it. */
  text: string;
  /** Planned duration; the call sets its bounds. */
  durationMonths?: number | null;
}

/** `problem`: the problem the action addresses and the group it targets. */
export interface ProblemContent {
  /** Problem analysis; the API requires it. */
  text: string;
  targetGroup?: string;
}

export interface ActivityContent {
  title: string;
  description: string;
}

/** `objectives`: objectives in prose, then the activities that reach them. */
export interface ObjectivesContent {
  /** Overall and specific objectives; the API requires it. */
  text: string;
  activities?: ActivityContent[];
}

/** Levels of the logframe, from the broadest to the most concrete. */
export const LOGFRAME_LEVELS = ['overall_objective', 'specific_objective', 'output'] as const;
export type LogframeLevel = (typeof LOGFRAME_LEVELS)[number];

/** One row of the logframe: a result at some level and how it is measured. */
export interface LogframeIndicatorContent {
  level: LogframeLevel;
  /** The expected result (objective or output) the indicator measures. */
  statement: string;
  /** The indicator itself, e.g. "Beneficiaries placed in employment". */
  indicator: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  sourceOfVerification: string;
}

/** `logframe`: the API requires at least one indicator. */
export interface LogframeContent {
  indicators: LogframeIndicatorContent[];
}

/** A group of people the action plans to serve (DESIGN §4 categories). */
export interface PlannedBeneficiaryContent {
  category: VictimCategory;
  sex: Sex;
  /** Optional: a group may span all ages. */
  ageBand?: AgeBand | null;
  count: number;
}

/** `beneficiaries`: the API requires at least one planned group. */
export interface BeneficiariesContent {
  planned: PlannedBeneficiaryContent[];
}

export interface PartnerContent {
  name: string;
  /** What the partner does in the action. */
  role: string;
  /** Optional contact or registration detail, free text. */
  contact?: string;
}

/** `partners`: optional; an action may have none. */
export interface PartnersContent {
  partners: PartnerContent[];
}

/**
 * One budget line as saved: `libs/domain`'s `BudgetLine` (category, description, unit, quantity with
 * up to 2 decimals, unit cost in cents) plus the part the CSO or another donor pays (co-financing).
 * `category` is one of the domain's `BUDGET_CATEGORIES`; contracts cannot import the domain, and the
 * API checks it with `isBudgetCategory` anyway.
 */
export interface BudgetLineContent {
  category: string;
  description: string;
  unit: string;
  quantity: number;
  unitCostCents: number;
  /** Co-financing for this line in cents; 0 (or absent) when the grant pays it all. */
  ownContributionCents?: number;
}

/** `budget`: the lines; totals, grant requested and co-financing are derived, never typed. */
export interface BudgetContent {
  lines: BudgetLineContent[];
}

/** Content by section key, for code that handles every section. */
export interface ApplicationSectionContents {
  summary: SummaryContent;
  problem: ProblemContent;
  objectives: ObjectivesContent;
  logframe: LogframeContent;
  beneficiaries: BeneficiariesContent;
  partners: PartnersContent;
  budget: BudgetContent;
}
