import {
  type AmendCallRequest,
  type AttachmentType,
  type CallDto,
  CRITERION_SCORE_MAX,
  type CreateCallRequest,
  type CriterionWeight,
  type EvaluationGridDto,
  type LocalizedText,
  type LotInput,
  PRAG_FULL_APPLICATION_GRID,
  REGION_CODES,
  type RegionCode,
} from '@skema/contracts';
import { DIVERGENCE_GAP_DEFAULT_BP, gridMaxima } from '@skema/domain';
import { bytesToMebibytes, eurToCents, formatHundredths, isoToTiraneLocal, keyFromText, mebibytesToBytes, percentToBasisPoints, tiraneLocalToIso } from './typed-values';

/**
 * The call form's values and their exact translation to and from the API's shapes (the typed text
 * itself is read by typed-values.ts: cents, basis points and instants without float arithmetic).
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
  /** Percent of the grid's maximum as typed, e.g. `20`: the divergence gap (API: basis points). */
  divergenceGap: string;
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
    divergenceGap: formatHundredths(DIVERGENCE_GAP_DEFAULT_BP),
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
    divergenceGapBp: percentToBasisPoints(value.divergenceGap) ?? DIVERGENCE_GAP_DEFAULT_BP,
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
    divergenceGap: formatHundredths(call.divergenceGapBp, decimalSeparator),
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

function trimText(text: LocalizedText): LocalizedText {
  return { sq: text.sq.trim(), en: text.en.trim() };
}
