import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config.service';
import { redisOptionsFromUrl } from './redis-options';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * A general-purpose Redis client (health checks, small caches). It never queues commands while
 * disconnected, so a stopped Redis makes calls fail fast instead of hanging a request, and its
 * `error` events are handled so they cannot crash the process.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('Redis');
        const client = new Redis({
          ...redisOptionsFromUrl(config.get('REDIS_URL')),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
        });
        let lastError = '';
        client.on('error', (error: Error) => {
          if (error.message !== lastError) logger.warn(`Redis connection problem: ${error.message}`);
          lastError = error.message;
        });
        client.on('ready', () => {
          if (lastError) logger.log('Redis connection restored');
          lastError = '';
        });
        return client;
      },
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: Redis) {}

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
