import {
  AGE_BANDS,
  ActivityContent,
  AgeBand,
  ApplicationSectionContents,
  ApplicationSectionKey,
  BudgetLineContent,
  LOGFRAME_LEVELS,
  LogframeIndicatorContent,
  LogframeLevel,
  PartnerContent,
  PlannedBeneficiaryContent,
  SEXES,
  Sex,
  VICTIM_CATEGORIES,
  VictimCategory,
} from '@skema/contracts';

/**
 * Reads a section's saved JSON into the shape its form expects. The API stores whatever the portal
 * sent, so an older draft (or a hand-edited one) may lack fields or hold odd values: each reader
 * keeps what fits and fills the rest with blanks, never throws.
 */

type Json = Record<string, unknown> | null | undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;

export function readSummary(json: Json): ApplicationSectionContents['summary'] {
  return {
    title: text(json?.['title']),
    text: text(json?.['text']),
    durationMonths: numberOrNull(json?.['durationMonths']),
  };
}

export function readProblem(json: Json): ApplicationSectionContents['problem'] {
  return { text: text(json?.['text']), targetGroup: text(json?.['targetGroup']) };
}

export function readObjectives(json: Json): ApplicationSectionContents['objectives'] {
  const activities = list(json?.['activities']).map((item): ActivityContent => ({
    title: text(item['title']),
    description: text(item['description']),
  }));
  return { text: text(json?.['text']), activities };
}

export function readLogframe(json: Json): ApplicationSectionContents['logframe'] {
  const indicators = list(json?.['indicators']).map((item): LogframeIndicatorContent => ({
    level: oneOf<LogframeLevel>(LOGFRAME_LEVELS, item['level']) ?? 'output',
    statement: text(item['statement']),
    indicator: text(item['indicator']),
    unit: text(item['unit']),
    baseline: numberOrNull(item['baseline']),
    target: numberOrNull(item['target']),
    sourceOfVerification: text(item['sourceOfVerification']),
  }));
  return { indicators };
}

export function readBeneficiaries(json: Json): ApplicationSectionContents['beneficiaries'] {
  const planned = list(json?.['planned']).map((item): PlannedBeneficiaryContent => ({
    category: oneOf<VictimCategory>(VICTIM_CATEGORIES, item['category']) ?? 'trafficking',
    sex: oneOf<Sex>(SEXES, item['sex']) ?? 'female',
    ageBand: oneOf<AgeBand>(AGE_BANDS, item['ageBand']),
    count: numberOrNull(item['count']) ?? 0,
  }));
  return { planned };
}

export function readPartners(json: Json): ApplicationSectionContents['partners'] {
  const partners = list(json?.['partners']).map((item): PartnerContent => ({
    name: text(item['name']),
    role: text(item['role']),
    contact: text(item['contact']),
  }));
  return { partners };
}

export function readBudget(json: Json): ApplicationSectionContents['budget'] {
  const lines = list(json?.['lines']).map((item): BudgetLineContent => ({
    category: text(item['category']),
    description: text(item['description']),
    unit: text(item['unit']),
    quantity: numberOrNull(item['quantity']) ?? 0,
    unitCostCents: numberOrNull(item['unitCostCents']) ?? 0,
    ownContributionCents: numberOrNull(item['ownContributionCents']) ?? 0,
  }));
  return { lines };
}

/** Whether a checklist field (`budget.lines.2.unit`, `logframe`, `attachments.statute`) concerns a section. */
export function fieldConcerns(field: string, target: ApplicationSectionKey | 'attachments'): boolean {
  return field === target || field.startsWith(`${target}.`);
}
