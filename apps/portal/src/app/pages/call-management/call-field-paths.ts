import type { LotFormValue } from './call-form-mapping';

/** Where the API's field paths (`lots.2.envelopeCents`) are in the call form, for errors and links. */

export type CallFormSection = 'basics' | 'money' | 'lots' | 'eligibility' | 'grid' | 'attachments';

const SECTION_OF_FIELD: readonly [RegExp, CallFormSection][] = [
  [/^(title|text|opensAt|deadline)\b/, 'basics'],
  [/^(totalBudgetCents|minGrantCents|maxGrantCents|maxCofinancingShareBp|minDurationMonths|maxDurationMonths)\b/, 'money'],
  [/^lots\b/, 'lots'],
  [/^eligibility\b/, 'eligibility'],
  [/^(grid|divergenceGapBp)\b/, 'grid'],
  [/^requiredAttachments\b/, 'attachments'],
];

/** The part of the form an API field path (`lots.2.envelopeCents`) belongs to, for a link to it. */
export function sectionOfField(field: string): CallFormSection | null {
  return SECTION_OF_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? null;
}

const RENAMED_FIELDS: Readonly<Record<string, string>> = {
  totalBudgetCents: 'totalBudget',
  minGrantCents: 'minGrant',
  maxGrantCents: 'maxGrant',
  maxCofinancingShareBp: 'maxCofinancingShare',
  divergenceGapBp: 'divergenceGap',
};

/**
 * The form control path of an API field path. The API numbers lots among those sent (only the ticked
 * regions), the form among all four regions; money fields carry `Cents` in the API and not in the form.
 */
export function formPathOfField(field: string, lots: readonly Pick<LotFormValue, 'included'>[]): string {
  if (RENAMED_FIELDS[field]) return RENAMED_FIELDS[field];
  const lot = /^lots\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (lot) {
    const sentIndexes = lots.flatMap((l, i) => (l.included ? [i] : []));
    const index = sentIndexes[Number(lot[1])];
    if (index === undefined) return 'lots';
    return `lots.${index}.${lot[2] === 'regionCode' ? 'included' : 'envelope'}`;
  }
  return field.replace(/^(requiredAttachments\.\d+)\.maxSizeBytes$/, '$1.maxSizeMb');
}
