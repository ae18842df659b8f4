import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isEmailMandatory,
  type Locale,
  NOTIFICATION_KINDS,
  type NotificationDto,
  type NotificationKind,
  type NotificationPreferenceDto,
  type Page,
} from '@skema/contracts';
import { type DataSource, IsNull } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { renderInApp } from './templates/render';

export interface NotificationListQuery {
  page: number;
  pageSize: number;
  unread?: boolean;
}

/** The bell: a person's own notifications and e-mail preferences. Every query is scoped to `userId`. */
@Injectable()
export class NotificationInboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, locale: Locale, query: NotificationListQuery): Promise<Page<NotificationDto>> {
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { userId, ...(query.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map((row) => toDto(row, locale)), total, page: query.page, pageSize: query.pageSize };
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Idempotent; someone else's notification is "not found", never "forbidden". */
  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    if (!result.affected) throw new AppException('not_found', HttpStatus.NOT_FOUND);
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
  }

  /** Every kind, with the person's choice (default: e-mail on) and whether it can be changed. */
  async preferences(userId: string): Promise<NotificationPreferenceDto[]> {
    const rows = await this.dataSource.getRepository(NotificationPreference).findBy({ userId });
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KINDS.map((kind) => {
      const mandatory = isEmailMandatory(kind);
      return { kind, email: mandatory || (chosen.get(kind) ?? true), mandatory };
    });
  }

  /** Changes the kinds given; turning off a mandatory kind is refused (the portal shows it disabled). */
  async updatePreferences(
    userId: string,
    changes: { kind: NotificationKind; email: boolean }[],
  ): Promise<NotificationPreferenceDto[]> {
    if (changes.some((change) => isEmailMandatory(change.kind) && !change.email)) {
      throw new AppException('notification_email_mandatory', HttpStatus.BAD_REQUEST);
    }
    // One row per kind (the last mention wins): an upsert may not touch the same row twice.
    const optional = new Map(
      changes.filter((change) => !isEmailMandatory(change.kind)).map((change) => [change.kind, change.email]),
    );
    if (optional.size > 0) {
      await this.dataSource.getRepository(NotificationPreference).upsert(
        [...optional].map(([kind, email]) => ({ userId, kind, email })),
        ['userId', 'kind'],
      );
    }
    return this.preferences(userId);
  }
}

function toDto(row: Notification, locale: Locale): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    ...renderInApp(row.kind, locale, row.params),
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
