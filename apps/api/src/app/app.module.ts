import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from '../common/access/access.guard';
import { LoggingModule } from '../common/logging/logging.module';
import { RedisModule } from '../common/redis/redis.module';
import { AppConfig } from '../config/app-config.service';
import { AppConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from './health/health.module';
import { HousekeepingModule } from './housekeeping/housekeeping.module';
import { InfoModule } from './info/info.module';
import { QueuesModule } from './queues/queues.module';
import { RegionsModule } from './regions/regions.module';

export interface AppModuleOptions {
  /** Run the BullMQ workers in this process (the API with RUN_WORKERS=true, or worker.ts). */
  workers: boolean;
}

/** The modules every Skema process shares: config, logs, database, Redis, queues. */
const coreModules = () => [AppConfigModule.forRoot(), LoggingModule, DatabaseModule, RedisModule, QueuesModule];

/** The HTTP API. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreModules(),
        ThrottlerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.get('RATE_LIMIT_PER_MINUTE') }],
        }),
        HealthModule,
        InfoModule,
        RegionsModule,
        HousekeepingModule.register({ workers: options.workers }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}

/** The queue worker: the same modules, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(): DynamicModule {
    return { module: WorkerModule, imports: [...coreModules(), HousekeepingModule.register({ workers: true })] };
  }
}
