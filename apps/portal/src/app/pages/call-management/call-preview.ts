import type { CallDto, CallStatus, EligibilityItemDto, EvaluationGridDto, LocalizedText, RegionCode, RequiredAttachmentDto } from '@skema/contracts';
import { type CallFormValue, callRequestFromForm } from './call-form-mapping';
import { eurToCents, percentToBasisPoints } from './typed-values';

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
