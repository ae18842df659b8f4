import {
  type AmendCallRequest,
  type AttachmentType,
  type CallDto,
  type CallStatus,
  CRITERION_SCORE_MAX,
  type CreateCallRequest,
  type CriterionWeight,
  type EligibilityItemDto,
  type EvaluationGridDto,
  type LocalizedText,
  type LotInput,
  PRAG_FULL_APPLICATION_GRID,
  REGION_CODES,
  type RegionCode,
  type RequiredAttachmentDto,
} from '@skema/contracts';
import { MoneyError, assertCents, gridMaxima, instantToTiraneLocal, tiraneLocalToInstant } from '@skema/domain';

/**
 * The call form's values and their exact translation to and from the API's shapes. Money and shares
 * are typed as text (EUR with up to 2 decimals, percent with up to 2) and become integer cents and
 * basis points by string arithmetic, never by multiplying a float; times are Tirana wall-clock times.
 */

export interface LotFormValue {
  regionCode: RegionCode;
  included: boolean;
  /** EUR as typed. */
  envelope: string;
}

export interface EligibilityFormValue {
  key: string;
  text: LocalizedText;
}

export interface CriterionFormValue {
  key: string;
  name: LocalizedText;
  maxScore: number | null;
  weight: CriterionWeight;
}

export interface SectionFormValue {
  key: string;
  name: LocalizedText;
  passThreshold: number | null;
  criteria: CriterionFormValue[];
}

export interface GridFormValue {
  passThreshold: number | null;
  sections: SectionFormValue[];
}

export interface AttachmentFormValue {
  key: string;
  name: LocalizedText;
  acceptedTypes: AttachmentType[];
  /** Mebibytes as typed. */
  maxSizeMb: string;
}

export interface CallFormValue {
  title: LocalizedText;
  text: LocalizedText;
  /** `YYYY-MM-DDTHH:mm` in Tirana, as `<input type="datetime-local">` gives it. */
  opensAt: string;
  deadline: string;
  totalBudget: string;
  minGrant: string;
  maxGrant: string;
  /** Percent as typed, e.g. `90` or `87.5`. */
  maxCofinancingShare: string;
  minDurationMonths: number | null;
  maxDurationMonths: number | null;
  lots: LotFormValue[];
  eligibility: EligibilityFormValue[];
  grid: GridFormValue;
  requiredAttachments: AttachmentFormValue[];
}

/** The fields a published call's amendment may change (AmendCallRequest), as the amendment form holds them. */
export interface AmendFormValue {
  reason: LocalizedText;
  title: LocalizedText;
  text: LocalizedText;
  deadline: string;
  /** One per lot of the call, in its order; regions cannot be added or removed by an amendment. */
  lots: LotFormValue[];
  grid: GridFormValue;
}

const MEBIBYTE = 1024 * 1024;
const DECIMAL_2 = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;

/**
 * `"1234.56"` or `"1 234,56"` → 123456: a number with at most 2 decimals as an exact count of
 * hundredths (cents of a euro, basis points of a percent). Anything else (3 decimals, letters, a
 * sign, thousands written with a point) is `null`, so the form can say so rather than guess.
 */
export function parseHundredths(text: string | null | undefined): number | null {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const match = DECIMAL_2.exec(compact);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  try {
    return assertCents(hundredths);
  } catch (error: unknown) {
    if (error instanceof MoneyError) return null;
    throw error;
  }
}

/** EUR as typed → integer cents (`"1234.56"` → 123456), or null when it is not an amount. */
export const eurToCents = parseHundredths;
/** Percent as typed → basis points (`"87.5"` → 8750). */
export const percentToBasisPoints = parseHundredths;

/** 123456 → `"1234.56"`, 6000000 → `"60000"`: hundredths back as the form shows them. */
export function formatHundredths(value: number, decimalSeparator = '.'): string {
  const whole = Math.trunc(value / 100);
  const rest = Math.abs(value % 100);
  return rest === 0 ? String(whole) : `${whole}${decimalSeparator}${String(rest).padStart(2, '0')}`;
}

/** Mebibytes as typed (up to 2 decimals) → bytes, rounded to the nearest byte. */
export function mebibytesToBytes(text: string | null | undefined): number | null {
  const hundredths = parseHundredths(text);
  return hundredths === null ? null : Math.round((hundredths * MEBIBYTE) / 100);
}

export function bytesToMebibytes(bytes: number, decimalSeparator = '.'): string {
  return formatHundredths(Math.round((bytes * 100) / MEBIBYTE), decimalSeparator);
}

/** A Tirana wall-clock time → ISO instant, or null when it is not a valid date and time. */
export function tiraneLocalToIso(local: string | null | undefined): string | null {
  if (!local) return null;
  try {
    return tiraneLocalToInstant(local).toISOString();
  } catch {
    return null;
  }
}

export function isoToTiraneLocal(iso: string): string {
  return instantToTiraneLocal(new Date(iso));
}

/**
 * A stable key from a text (`"Statute of the organisation"` → `statute-of-the-organisation`), made
 * unique among `taken` with a numeric suffix. Albanian letters lose their marks (ë → e, ç → c).
 */
export function keyFromText(text: string, taken: ReadonlySet<string> = new Set(), fallback = 'item'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  const base = /^[a-z0-9]/.test(slug) ? slug : fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Σ maxScore × weight of a section's criteria (a criterion without a score counts 0). */
export function sectionMaximum(section: Pick<SectionFormValue, 'criteria'>): number {
  return section.criteria.reduce((sum, c) => sum + (c.maxScore ?? 0) * c.weight, 0);
}

/** The grid the API stores, maxima computed as the domain rule states them; null without sections. */
export function gridFromForm(value: GridFormValue): EvaluationGridDto | null {
  if (value.sections.length === 0) return null;
  const grid: EvaluationGridDto = {
    maxScore: 0,
    passThreshold: value.passThreshold ?? null,
    sections: value.sections.map((section) => ({
      key: section.key.trim(),
      name: trimText(section.name),
      maxScore: 0,
      passThreshold: section.passThreshold ?? null,
      criteria: section.criteria.map((criterion) => ({
        key: criterion.key.trim(),
        name: trimText(criterion.name),
        maxScore: criterion.maxScore ?? 0,
        weight: criterion.weight,
      })),
    })),
  };
  const maxima = gridMaxima(grid);
  grid.sections.forEach((section, i) => (section.maxScore = maxima.sections[i]));
  grid.maxScore = maxima.total;
  return grid;
}

export function gridToForm(grid: EvaluationGridDto | null): GridFormValue {
  if (!grid) return { passThreshold: null, sections: [] };
  return {
    passThreshold: grid.passThreshold,
    sections: grid.sections.map((section) => ({
      key: section.key,
      name: { ...section.name },
      passThreshold: section.passThreshold,
      criteria: section.criteria.map((criterion) => ({
        key: criterion.key,
        name: { ...criterion.name },
        maxScore: criterion.maxScore,
        weight: criterion.weight,
      })),
    })),
  };
}

/** A new criterion as PRAG scores it: 1–5, single weight. */
export function newCriterion(key: string): CriterionFormValue {
  return { key, name: { sq: '', en: '' }, maxScore: CRITERION_SCORE_MAX, weight: 1 };
}

export function emptyLots(): LotFormValue[] {
  return REGION_CODES.map((regionCode) => ({ regionCode, included: false, envelope: '' }));
}

/**
 * A new call starts from the scheme's defaults (DESIGN §3, EU practice): grants of EUR 10,000 to
 * 60,000 covering at most 90% of eligible costs, for 6 to 18 months, and the PRAG full-application grid.
 */
export function newCallForm(): CallFormValue {
  return {
    title: { sq: '', en: '' },
    text: { sq: '', en: '' },
    opensAt: '',
    deadline: '',
    totalBudget: '',
    minGrant: '10000',
    maxGrant: '60000',
    maxCofinancingShare: '90',
    minDurationMonths: 6,
    maxDurationMonths: 18,
    lots: emptyLots(),
    eligibility: [],
    grid: gridToForm(PRAG_FULL_APPLICATION_GRID),
    requiredAttachments: [],
  };
}

/** The lots as the API takes them: only the regions ticked, in the regions' order. */
export function lotsFromForm(lots: readonly LotFormValue[]): LotInput[] {
  return lots
    .filter((lot) => lot.included)
    .map((lot) => ({ regionCode: lot.regionCode, envelopeCents: eurToCents(lot.envelope) ?? 0 }));
}

/** The create (and draft update) body of a valid form. */
export function callRequestFromForm(value: CallFormValue): CreateCallRequest {
  const taken = new Set<string>();
  const eligibility = value.eligibility.map((item) => {
    const key = item.key.trim() || keyFromText(item.text.en || item.text.sq, taken, 'criterion');
    taken.add(key);
    return { key, text: trimText(item.text) };
  });
  const attachmentKeys = new Set<string>();
  const requiredAttachments = value.requiredAttachments.map((item) => {
    const key = item.key.trim() || keyFromText(item.name.en || item.name.sq, attachmentKeys, 'document');
    attachmentKeys.add(key);
    return {
      key,
      name: trimText(item.name),
      acceptedTypes: [...item.acceptedTypes],
      maxSizeBytes: mebibytesToBytes(item.maxSizeMb) ?? 0,
    };
  });
  return {
    title: trimText(value.title),
    text: trimText(value.text),
    opensAt: tiraneLocalToIso(value.opensAt) ?? '',
    deadline: tiraneLocalToIso(value.deadline) ?? '',
    totalBudgetCents: eurToCents(value.totalBudget) ?? 0,
    minGrantCents: eurToCents(value.minGrant) ?? 0,
    maxGrantCents: eurToCents(value.maxGrant) ?? 0,
    maxCofinancingShareBp: percentToBasisPoints(value.maxCofinancingShare) ?? 0,
    minDurationMonths: value.minDurationMonths ?? 0,
    maxDurationMonths: value.maxDurationMonths ?? 0,
    lots: lotsFromForm(value.lots),
    eligibility,
    grid: gridFromForm(value.grid),
    requiredAttachments,
  };
}

export function callFormFromDto(call: CallDto, decimalSeparator = '.'): CallFormValue {
  const money = (cents: number) => formatHundredths(cents, decimalSeparator);
  return {
    title: { ...call.title },
    text: { ...call.text },
    opensAt: isoToTiraneLocal(call.opensAt),
    deadline: isoToTiraneLocal(call.deadline),
    totalBudget: money(call.totalBudgetCents),
    minGrant: money(call.minGrantCents),
    maxGrant: money(call.maxGrantCents),
    maxCofinancingShare: money(call.maxCofinancingShareBp),
    minDurationMonths: call.minDurationMonths,
    maxDurationMonths: call.maxDurationMonths,
    lots: REGION_CODES.map((regionCode) => {
      const lot = call.lots.find((l) => l.regionCode === regionCode);
      return { regionCode, included: !!lot, envelope: lot ? money(lot.envelopeCents) : '' };
    }),
    eligibility: call.eligibility.map((item) => ({ key: item.key, text: { ...item.text } })),
    grid: gridToForm(call.grid),
    requiredAttachments: call.requiredAttachments.map((item) => ({
      key: item.key,
      name: { ...item.name },
      acceptedTypes: [...item.acceptedTypes],
      maxSizeMb: bytesToMebibytes(item.maxSizeBytes, decimalSeparator),
    })),
  };
}

export function amendFormFromDto(call: CallDto, decimalSeparator = '.'): AmendFormValue {
  const form = callFormFromDto(call, decimalSeparator);
  return {
    reason: { sq: '', en: '' },
    title: form.title,
    text: form.text,
    deadline: form.deadline,
    lots: form.lots.filter((lot) => lot.included),
    grid: form.grid,
  };
}

/**
 * The amendment's body: the reason and only the fields whose value differs from the call's, so the
 * logged amendment lists what the programme manager actually changed.
 */
export function amendmentRequest(call: CallDto, value: AmendFormValue): AmendCallRequest {
  const request: AmendCallRequest = { version: call.version, reason: trimText(value.reason) };
  const title = trimText(value.title);
  if (title.sq !== call.title.sq || title.en !== call.title.en) request.title = title;
  const text = trimText(value.text);
  if (text.sq !== call.text.sq || text.en !== call.text.en) request.text = text;
  const deadline = tiraneLocalToIso(value.deadline);
  if (deadline && deadline !== new Date(call.deadline).toISOString()) request.deadline = deadline;
  const lots = lotsFromForm(value.lots);
  const lotsBefore = call.lots.map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents }));
  if (JSON.stringify(lots) !== JSON.stringify(lotsBefore)) request.lots = lots;
  const grid = gridFromForm(value.grid);
  if (grid && JSON.stringify(grid) !== JSON.stringify(gridFromForm(gridToForm(call.grid)))) request.grid = grid;
  return request;
}

/** A call as applicants will read it; parts not (validly) filled in yet are null. */
export interface CallPreview {
  reference: string | null;
  status: CallStatus;
  title: LocalizedText;
  text: LocalizedText;
  opensAt: string | null;
  deadline: string | null;
  totalBudgetCents: number | null;
  minGrantCents: number | null;
  maxGrantCents: number | null;
  maxCofinancingShareBp: number | null;
  minDurationMonths: number | null;
  maxDurationMonths: number | null;
  lots: { regionCode: RegionCode; envelopeCents: number | null }[];
  eligibility: EligibilityItemDto[];
  grid: EvaluationGridDto | null;
  requiredAttachments: RequiredAttachmentDto[];
}

/** The preview of the form as it stands, saved or not. */
export function previewFromForm(value: CallFormValue, status: CallStatus = 'draft', reference: string | null = null): CallPreview {
  const request = callRequestFromForm(value);
  return {
    ...request,
    reference,
    status,
    opensAt: request.opensAt || null,
    deadline: request.deadline || null,
    totalBudgetCents: eurToCents(value.totalBudget),
    minGrantCents: eurToCents(value.minGrant),
    maxGrantCents: eurToCents(value.maxGrant),
    maxCofinancingShareBp: percentToBasisPoints(value.maxCofinancingShare),
    minDurationMonths: value.minDurationMonths,
    maxDurationMonths: value.maxDurationMonths,
    lots: value.lots.filter((lot) => lot.included).map((lot) => ({ regionCode: lot.regionCode, envelopeCents: eurToCents(lot.envelope) })),
    eligibility: request.eligibility ?? [],
    grid: request.grid ?? null,
    requiredAttachments: request.requiredAttachments ?? [],
  };
}

export function previewFromDto(call: CallDto): CallPreview {
  return { ...call, lots: call.lots.map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents })) };
}

export type CallFormSection = 'basics' | 'money' | 'lots' | 'eligibility' | 'grid' | 'attachments';

const SECTION_OF_FIELD: readonly [RegExp, CallFormSection][] = [
  [/^(title|text|opensAt|deadline)\b/, 'basics'],
  [/^(totalBudgetCents|minGrantCents|maxGrantCents|maxCofinancingShareBp|minDurationMonths|maxDurationMonths)\b/, 'money'],
  [/^lots\b/, 'lots'],
  [/^eligibility\b/, 'eligibility'],
  [/^grid\b/, 'grid'],
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

function trimText(text: LocalizedText): LocalizedText {
  return { sq: text.sq.trim(), en: text.en.trim() };
}
