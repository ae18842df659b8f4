import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE, isLocale, isNotificationKind, type Locale } from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { FileStorage } from '../../../common/storage/file-storage';
import { AppConfig } from '../../../config/app-config.service';
import { User } from '../../users/entities/user.entity';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { MailTransport } from '../mail/mail-transport';
import type { EmailAttachment, EmailMessage } from '../notifications.constants';
import { recordOutboxFailure, settleOutboxMessage } from '../outbox/outbox-write';
import { renderEmail } from '../templates/render';

export type DeliveryOutcome = 'delivered' | 'already_delivered' | 'missing' | 'no_recipient';

interface Recipient {
  address: string;
  locale: Locale;
  name: string | null;
}

/** Renders and sends one outbox e-mail, exactly once per row however often its job runs. */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  /**
   * The row stays locked while the message is sent, so two jobs for the same row (a re-enqueue after
   * a lost commit, a stalled job run again) cannot both send: the second waits, then sees
   * `delivered_at` and does nothing. The one window left is the mail server's own: a crash after it
   * accepted the message and before this commit means one more copy, never none.
   */
  deliver(outboxId: string): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(OutboxMessage, {
        where: { id: outboxId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return 'missing';
      if (row.deliveredAt) return 'already_delivered';
      const message = row.payload as unknown as EmailMessage;
      if (!isNotificationKind(message.kind))
        throw new Error(`outbox ${outboxId}: unknown kind "${String(message.kind)}"`);
      const recipient = await this.recipient(manager, message);
      if (!recipient) {
        // The account was deleted before delivery: nothing to send, and nothing to retry.
        await settleOutboxMessage(manager, outboxId, 'the recipient no longer exists');
        return 'no_recipient';
      }
      const email = renderEmail(message.kind, message.params, {
        locale: recipient.locale,
        name: recipient.name,
        link: message.link,
        publicUrl: this.config.get('PUBLIC_URL'),
      });
      await this.mail.send({
        to: recipient.address,
        ...email,
        locale: recipient.locale,
        outboxId,
        queuedAt: row.createdAt,
        kind: message.kind,
        attachments: await this.attachments(message.attachments),
      });
      await settleOutboxMessage(manager, outboxId, null);
      return 'delivered';
    });
  }

  /** Records a failed attempt on the row (the job's own retries and the outbox sweep do the rest). */
  recordFailure(outboxId: string, error: Error): Promise<void> {
    return recordOutboxFailure(this.dataSource.manager, outboxId, error);
  }

  /** The bytes of each attached file; a missing file fails the attempt (it is retried, never sent without). */
  private async attachments(attachments: EmailAttachment[] | undefined) {
    if (!attachments?.length) return undefined;
    return Promise.all(
      attachments.map(async (a) => ({ fileName: a.fileName, contentType: a.contentType, content: await this.storage.readBuffer(a.storageKey) })),
    );
  }

  /** A user's current address and language (they may have changed since notify), or the plain address. */
  private async recipient(manager: EntityManager, message: EmailMessage): Promise<Recipient | null> {
    if (message.userId) {
      const user = await manager.findOne(User, {
        where: { id: message.userId },
        select: { email: true, locale: true, displayName: true },
      });
      return user
        ? { address: user.email, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE, name: user.displayName }
        : null;
    }
    if (!message.email) return null;
    return { address: message.email, locale: isLocale(message.locale) ? message.locale : DEFAULT_LOCALE, name: null };
  }
}
