import { Injectable } from '@nestjs/common';
import { isNotificationKind, type Locale, NOTIFICATION_CHANNELS, type NotificationKind } from '@skema/contracts';
import type { EntityManager } from 'typeorm';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { EMAIL_TOPIC, type EmailAttachment, type EmailMessage } from './notifications.constants';
import { insertQuietly, writeOutboxMessage } from './outbox/outbox-write';
import type { NotificationParams } from './templates/notification-templates';

/** A person with an account, or a plain address (someone without an account yet). */
export type NotificationRecipient = { userId: string; email?: never } | { email: string; userId?: never };

export type NotifyRequest<K extends NotificationKind = NotificationKind> = NotificationRecipient & {
  kind: K;
  params: NotificationParams[K];
  /** A portal path starting with `/`; e-mails turn it into PUBLIC_URL + link. Never an absolute URL. */
  link?: string | null;
  /** Language of the e-mail to a plain address (default Albanian). A user's own locale is used for users. */
  locale?: Locale;
  /** Stored files the e-mail carries (e.g. the submission receipt); the bell shows no attachment. */
  attachments?: EmailAttachment[];
};

export interface NotifyResult {
  /** The in-app notification, when the recipient is a user and the kind shows under the bell. */
  notificationId: string | null;
  /** The outbox message of the e-mail, when one goes out. */
  outboxId: string | null;
}

const LINK = /^\/(?!\/)[^\s\\]{0,499}$/;

/**
 * The only way to notify someone. It writes with the caller's transaction manager, so the in-app row
 * and the e-mail's outbox row commit (or roll back) with the change that causes them; nothing is
 * sent from here (the outbox dispatcher and the notifications queue do that, after commit).
 */
@Injectable()
export class NotificationService {
  async notify<K extends NotificationKind>(manager: EntityManager, request: NotifyRequest<K>): Promise<NotifyResult> {
    const { kind, userId, email } = request;
    // A programming error, not the person's: fail loudly so it is caught in development and tests.
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('notify() must be given the manager of an open transaction (dataSource.transaction(…))');
    }
    if (!isNotificationKind(kind)) throw new Error(`unknown notification kind "${String(kind)}"`);
    if (Boolean(userId) === Boolean(email)) throw new Error('notify() needs exactly one of userId and email');
    const link = request.link ?? null;
    if (link !== null && !LINK.test(link)) throw new Error(`notification link must be a portal path, got "${link}"`);
    const params = (request.params ?? {}) as Record<string, unknown>;
    const channels = NOTIFICATION_CHANNELS[kind];

    let notificationId: string | null = null;
    if (userId && channels.inApp) {
      notificationId = await insertQuietly(manager, Notification, { userId, kind, params, link });
    }

    const byEmail = !userId || channels.email === 'mandatory' || (await this.wantsEmail(manager, userId, kind));
    if (!byEmail) return { notificationId, outboxId: null };

    const payload: EmailMessage = {
      kind,
      userId: userId ?? null,
      email: email ? email.trim().toLowerCase() : null,
      locale: request.locale ?? null,
      params,
      link,
      ...(request.attachments?.length ? { attachments: request.attachments } : {}),
    };
    const outboxId = await writeOutboxMessage(manager, EMAIL_TOPIC, payload);
    return { notificationId, outboxId };
  }

  /** Optional kinds are e-mailed unless the person turned them off (no row = on). */
  private async wantsEmail(manager: EntityManager, userId: string, kind: NotificationKind): Promise<boolean> {
    const preference = await manager.findOne(NotificationPreference, {
      where: { userId, kind },
      select: { email: true },
    });
    return preference?.email ?? true;
  }
}
