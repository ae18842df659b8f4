import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE, isLocale } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { FileStorage } from '../../../common/storage/file-storage';
import { OutboxMessage } from '../../notifications/entities/outbox-message.entity';
import { NotificationService } from '../../notifications/notification.service';
import { recordOutboxFailure, settleOutboxMessage } from '../../notifications/outbox/outbox-write';
import { User } from '../../users/entities/user.entity';
import { ApplicationSubmission } from '../entities/application-submission.entity';
import { loadReceiptData } from './receipt-data';
import { renderReceiptPdf } from './receipt-pdf';
import { RECEIPT_CONTENT_TYPE, receiptFileName, type ReceiptRequest, receiptStorageKey } from './receipt.constants';

export type ReceiptOutcome = 'generated' | 'already_generated' | 'missing';

/** Makes one submission's receipt, exactly once however often its job runs. */
@Injectable()
export class ReceiptGenerator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * The outbox row stays locked while the PDF is made, so two jobs for the same row cannot both work:
   * the second waits, then finds the row settled. The PDF is stored before the transaction that
   * records it; if that transaction fails, the next attempt writes the same key again (same bytes).
   * One transaction records the receipt on the submission, settles the outbox row and writes the
   * e-mail that carries the PDF to the submitter.
   */
  generate(outboxId: string): Promise<ReceiptOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(OutboxMessage, { where: { id: outboxId }, lock: { mode: 'pessimistic_write' } });
      if (!row) return 'missing';
      if (row.deliveredAt) return 'already_generated';
      const request = row.payload as unknown as ReceiptRequest;
      const submission = await manager.findOne(ApplicationSubmission, {
        where: { applicationId: request.applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!submission) {
        await settleOutboxMessage(manager, outboxId, 'the submission does not exist');
        return 'missing';
      }
      if (submission.receiptKey) {
        await settleOutboxMessage(manager, outboxId, null);
        return 'already_generated';
      }
      const locale = isLocale(request.locale) ? request.locale : DEFAULT_LOCALE;
      const data = await loadReceiptData(manager, submission, locale);
      const pdf = await renderReceiptPdf(data, locale);
      const key = receiptStorageKey(submission.applicationId);
      const stored = await this.storage.put(key, pdf);
      Object.assign(submission, { receiptKey: key, receiptSha256: stored.sha256, receiptGeneratedAt: new Date() });
      await manager.save(submission);
      await settleOutboxMessage(manager, outboxId, null);
      // An account removed since submitting gets no e-mail; the receipt stays downloadable for the CSO.
      if (!(await manager.existsBy(User, { id: submission.submittedBy }))) return 'generated';
      await this.notifications.notify(manager, {
        userId: submission.submittedBy,
        kind: 'application_receipt',
        params: { reference: data.reference, callReference: data.call.reference },
        link: `/applications/${submission.applicationId}`,
        attachments: [{ storageKey: key, fileName: receiptFileName(data.reference), contentType: RECEIPT_CONTENT_TYPE }],
      });
      return 'generated';
    });
  }

  recordFailure(outboxId: string, error: Error): Promise<void> {
    return recordOutboxFailure(this.dataSource.manager, outboxId, error);
  }
}
