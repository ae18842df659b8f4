import { type CallAmendmentDto, type CallDto, type LotDto, type PublicCallDto, REGION_CODES } from '@skema/contracts';
import { timeLeft } from '@skema/domain';
import type { CallAmendment } from './entities/call-amendment.entity';
import type { CallLot } from './entities/call-lot.entity';
import type { Call } from './entities/call.entity';

/** Lots in the regions' fixed order (TIR, KUK, DIB, SAR), whatever order the database returned. */
export function toLotDtos(lots: readonly CallLot[] = []): LotDto[] {
  return [...lots]
    .sort((a, b) => REGION_CODES.indexOf(a.regionCode) - REGION_CODES.indexOf(b.regionCode))
    .map((lot) => ({ id: lot.id, regionCode: lot.regionCode, envelopeCents: lot.envelopeCents }));
}

export function toCallDto(call: Call): CallDto {
  return {
    id: call.id,
    reference: call.reference,
    status: call.status,
    title: { sq: call.titleSq, en: call.titleEn },
    text: { sq: call.textSq, en: call.textEn },
    opensAt: call.opensAt.toISOString(),
    deadline: call.deadline.toISOString(),
    totalBudgetCents: call.totalBudgetCents,
    minGrantCents: call.minGrantCents,
    maxGrantCents: call.maxGrantCents,
    maxCofinancingShareBp: call.maxCofinancingShareBp,
    minDurationMonths: call.minDurationMonths,
    maxDurationMonths: call.maxDurationMonths,
    lots: toLotDtos(call.lots),
    eligibility: call.eligibility,
    grid: call.grid,
    requiredAttachments: call.requiredAttachments,
    publishedAt: call.publishedAt?.toISOString() ?? null,
    closedAt: call.closedAt?.toISOString() ?? null,
    divergenceGapBp: call.divergenceGapBp,
    resultsPublishedAt: call.resultsPublishedAt?.toISOString() ?? null,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
    version: call.version,
  };
}

/** Who amended stays internal: the public sees what changed, when and why. */
export function toAmendmentDto(amendment: CallAmendment): CallAmendmentDto {
  return {
    id: amendment.id,
    amendedAt: amendment.amendedAt.toISOString(),
    reason: { sq: amendment.reasonSq, en: amendment.reasonEn },
    changes: amendment.changes,
  };
}

export function toPublicCallDto(call: Call, amendments: readonly CallAmendment[], now: Date): PublicCallDto {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = toCallDto(call);
  return {
    ...rest,
    secondsLeft: timeLeft(now, call.deadline).totalSeconds,
    amendments: amendments.map(toAmendmentDto),
  };
}
