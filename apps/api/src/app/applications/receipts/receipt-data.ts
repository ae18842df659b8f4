import { isRegionCode, type Locale, type RequiredAttachmentDto } from '@skema/contracts';
import { deriveBudget } from '@skema/domain';
import type { EntityManager } from 'typeorm';
import { Call } from '../../calls/entities/call.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../users/entities/user.entity';
import { type BudgetLineContent, grantRequestedCents } from '../application-checklist';
import type { ApplicationSubmission } from '../entities/application-submission.entity';
import type { ReceiptData } from './receipt-document';

/** The parts of a submission snapshot (an ApplicationDto as it was submitted) that a receipt reads. */
interface Snapshot {
  call?: { id?: string; reference?: string; deadline?: string };
  lot?: { regionCode?: unknown };
  organisation?: { id?: string; legalName?: string };
  sections?: { key?: string; content?: Record<string, unknown> | null }[];
  attachments?: { requirementKey?: unknown; fileName?: unknown; sha256?: unknown }[];
}

/** Total, grant requested and co-financing of the snapshot's budget; null if it has no lines that add up. */
export function budgetOfSnapshot(snapshot: Record<string, unknown>): ReceiptData['budget'] {
  const budget = (snapshot as Snapshot).sections?.find((s) => s.key === 'budget')?.content;
  const lines = budget?.['lines'];
  if (!Array.isArray(lines) || lines.length === 0) return null;
  try {
    const summary = deriveBudget(lines as BudgetLineContent[], grantRequestedCents(lines as BudgetLineContent[]));
    return { totalCents: summary.totalEligibleCents, grantRequestedCents: summary.grantRequestedCents, cofinancingCents: summary.cofinancingCents };
  } catch {
    // A submitted budget always adds up (submission checks it); a receipt is still made if not.
    return null;
  }
}

/**
 * The documents frozen with the submission (none in snapshots taken before attachments existed),
 * each named by the call's requirement it answers.
 */
export function attachmentsOfSnapshot(
  snapshot: Record<string, unknown>,
  requirements: readonly RequiredAttachmentDto[] = [],
  locale: Locale = 'sq',
): ReceiptData['attachments'] {
  const attachments = (snapshot as Snapshot).attachments;
  if (!Array.isArray(attachments)) return [];
  return attachments.map((a) => ({
    requirement: requirements.find((r) => r.key === a.requirementKey)?.name[locale] ?? null,
    fileName: String(a.fileName ?? ''),
    sha256: String(a.sha256 ?? ''),
  }));
}

/**
 * Everything the receipt states. What was submitted comes from the frozen snapshot; the call's title,
 * the NUIS and the submitter's name, which the snapshot does not carry, from their rows.
 */
export async function loadReceiptData(manager: EntityManager, submission: ApplicationSubmission, locale: Locale): Promise<ReceiptData> {
  const snapshot = submission.snapshot as Snapshot;
  const call = await manager.findOneOrFail(Call, {
    where: { id: snapshot.call?.id },
    select: { id: true, reference: true, titleSq: true, titleEn: true, deadline: true, requiredAttachments: true },
  });
  const organisation = await manager.findOneOrFail(Organisation, {
    where: { id: snapshot.organisation?.id },
    select: { id: true, legalName: true, registrationNumber: true },
  });
  const submitter = await manager.findOne(User, { where: { id: submission.submittedBy }, select: { id: true, displayName: true } });
  const regionCode = snapshot.lot?.regionCode;
  if (!isRegionCode(regionCode)) throw new Error(`submission ${submission.applicationId}: snapshot has no lot region`);
  return {
    reference: submission.reference,
    call: {
      reference: call.reference,
      title: locale === 'sq' ? call.titleSq : call.titleEn,
      // The deadline the submission was made against (an amendment may have moved it since).
      deadline: snapshot.call?.deadline ? new Date(snapshot.call.deadline) : call.deadline,
    },
    regionCode,
    organisation: { legalName: snapshot.organisation?.legalName ?? organisation.legalName, registrationNumber: organisation.registrationNumber },
    submittedAt: submission.submittedAt,
    submittedBy: submitter?.displayName ?? '—',
    budget: budgetOfSnapshot(submission.snapshot),
    attachments: attachmentsOfSnapshot(submission.snapshot, call.requiredAttachments, locale),
    fingerprint: submission.sha256,
  };
}
