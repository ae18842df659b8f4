import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DeliverEmailProcessor } from './jobs/deliver-email.processor';
import { NotificationDeliveryService } from './jobs/notification-delivery.service';
import { MailTransport } from './mail/mail-transport';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationService } from './notification.service';
import { NOTIFICATIONS_QUEUE } from './notifications.constants';
import { NotificationsController } from './notifications.controller';
import { NotificationsProducer } from './notifications.producer';
import { OutboxDispatcher } from './outbox/outbox-dispatcher';
import { OutboxTopics } from './outbox/outbox-topics';
import { OutboxWakeSubscriber } from './outbox/outbox-wake.subscriber';

@Module({})
export class NotificationsModule {
  /**
   * Global, so any feature can inject NotificationService without importing this module again.
   * `workers: false` (the API with RUN_WORKERS=false) only writes notifications; the dispatcher,
   * the processor and the mail transport run where the workers run. The producer is always there:
   * it holds the queue's `error` handler (the queue exists in every process, for the dashboard).
   * OutboxTopics is exported so other features' producers can hand their own outbox topics to the
   * dispatcher (the submission receipt).
   */
  static register(options: { workers: boolean }): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE })],
      controllers: [NotificationsController],
      providers: [
        NotificationService,
        NotificationInboxService,
        OutboxTopics,
        NotificationsProducer,
        ...(options.workers
          ? [OutboxDispatcher, OutboxWakeSubscriber, MailTransport, NotificationDeliveryService, DeliverEmailProcessor]
          : []),
      ],
      exports: [NotificationService, OutboxTopics],
    };
  }
}
