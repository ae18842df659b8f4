import type { EligibilityItemDto, EvaluationGridDto, LotInput, RequiredAttachmentDto } from '@skema/contracts';
import { sumCents, validateGrid } from '@skema/domain';
import type { CallProblem } from './call-problems';

/** The parts of a call its rules look at, whether stored or about to be (a draft's edit, an amendment). */
export interface CallState {
  opensAt: Date;
  deadline: Date;
  totalBudgetCents: number;
  minGrantCents: number;
  maxGrantCents: number;
  minDurationMonths: number;
  maxDurationMonths: number;
  lots: LotInput[];
  eligibility: EligibilityItemDto[];
  grid: EvaluationGridDto | null;
  requiredAttachments: RequiredAttachmentDto[];
}

/** What must hold even in a draft (the database holds the same as CHECKs; here it reads as field errors). */
export function draftProblems(call: CallState): CallProblem[] {
  const problems: CallProblem[] = [];
  if (call.minGrantCents > call.maxGrantCents || call.maxGrantCents > call.totalBudgetCents) {
    problems.push({ field: 'maxGrantCents', code: 'call_grant_bounds' });
  }
  if (call.minDurationMonths > call.maxDurationMonths)
    problems.push({ field: 'maxDurationMonths', code: 'call_duration_bounds' });
  const regions = new Set<string>();
  call.lots.forEach((lot, i) => {
    if (regions.has(lot.regionCode)) problems.push({ field: `lots.${i}.regionCode`, code: 'call_duplicate_lot' });
    regions.add(lot.regionCode);
  });
  problems.push(
    ...duplicateKeys('eligibility', call.eligibility),
    ...duplicateKeys('requiredAttachments', call.requiredAttachments),
  );
  return problems;
}

/**
 * Everything that must hold before a call is published, and stay true through amendments: lots whose
 * envelopes fit the total and can each fund a minimum grant, a valid grid, an opening before a future
 * deadline, a checklist and the attachments applicants must send. Every problem is listed.
 */
export function publicationProblems(call: CallState, now: Date): CallProblem[] {
  const problems = draftProblems(call);
  if (call.lots.length === 0) problems.push({ field: 'lots', code: 'call_no_lots' });
  const sum = sumCents(call.lots.map((lot) => lot.envelopeCents));
  if (sum > call.totalBudgetCents) {
    problems.push({
      field: 'lots',
      code: 'call_envelopes_exceed_total',
      params: { sum, total: call.totalBudgetCents },
    });
  }
  call.lots.forEach((lot, i) => {
    if (lot.envelopeCents < call.minGrantCents)
      problems.push({ field: `lots.${i}.envelopeCents`, code: 'call_envelope_below_min_grant' });
  });
  if (!call.grid) problems.push({ field: 'grid', code: 'call_no_grid' });
  else problems.push(...validateGrid(call.grid));
  if (call.deadline.getTime() <= now.getTime()) problems.push({ field: 'deadline', code: 'call_deadline_past' });
  if (call.opensAt.getTime() >= call.deadline.getTime())
    problems.push({ field: 'opensAt', code: 'call_opens_after_deadline' });
  if (call.eligibility.length === 0) problems.push({ field: 'eligibility', code: 'call_no_eligibility' });
  if (call.requiredAttachments.length === 0)
    problems.push({ field: 'requiredAttachments', code: 'call_no_attachments' });
  return problems;
}

function duplicateKeys(field: string, items: readonly { key: string }[]): CallProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const duplicate = seen.has(item.key);
    seen.add(item.key);
    return duplicate ? [{ field: `${field}.${i}.key`, code: 'call_duplicate_key' as const }] : [];
  });
}
