import type { ApplicationReceiptDto } from '@skema/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationSubmission } from '../entities/application-submission.entity';

/** The receipt of an application's submission: null before submission, `pending` until the job made it. */
export async function receiptOf(manager: EntityManager, applicationId: string): Promise<ApplicationReceiptDto | null> {
  const submission = await manager.findOne(ApplicationSubmission, {
    where: { applicationId },
    select: { applicationId: true, receiptKey: true, receiptSha256: true, receiptGeneratedAt: true },
  });
  if (!submission) return null;
  return submission.receiptKey
    ? { status: 'ready', generatedAt: submission.receiptGeneratedAt?.toISOString() ?? null, sha256: submission.receiptSha256 }
    : { status: 'pending', generatedAt: null, sha256: null };
}
