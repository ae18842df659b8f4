import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { redisOptionsFromUrl } from '../../common/redis/redis-options';
import { AppConfig } from '../../config/app-config.service';
import { RECEIPTS_QUEUE } from '../applications/receipts/receipt.constants';
import { EXPORTS_QUEUE } from '../exports/exports.constants';
import { HOUSEKEEPING_QUEUE } from '../housekeeping/housekeeping.constants';
import { NOTIFICATIONS_QUEUE } from '../notifications/notifications.constants';

/** BullMQ on Redis, shared by every feature's queue; keys carry `QUEUE_PREFIX`. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { ...redisOptionsFromUrl(config.get('REDIS_URL')), connectTimeout: 5_000 },
        prefix: config.get('QUEUE_PREFIX'),
      }),
    }),
  ],
})
export class QueuesModule {}

/** Names of every queue, for the admin dashboard. */
export const ALL_QUEUES = [HOUSEKEEPING_QUEUE, NOTIFICATIONS_QUEUE, RECEIPTS_QUEUE, EXPORTS_QUEUE] as const;
