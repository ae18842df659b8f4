import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from '../common/access/access.guard';
import { RequestContextModule } from '../common/context/request-context.module';
import { LoggingModule } from '../common/logging/logging.module';
import { RedisModule } from '../common/redis/redis.module';
import { StorageModule } from '../common/storage/storage.module';
import { AppConfig } from '../config/app-config.service';
import { AppConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ApplicationsModule } from './applications/applications.module';
import { ReceiptsModule } from './applications/receipts/receipts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CallsModule } from './calls/calls.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { ResultsModule } from './evaluation/results/results.module';
import { ExportsModule } from './exports/exports.module';
import { GrantsModule } from './grants/grants.module';
import { HealthModule } from './health/health.module';
import { HousekeepingModule } from './housekeeping/housekeeping.module';
import { InfoModule } from './info/info.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { QueueDashboardModule } from './queues/queue-dashboard.module';
import { QueuesModule } from './queues/queues.module';
import { RegionsModule } from './regions/regions.module';
import { RegistrationModule } from './registration/registration.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  /** Run the BullMQ workers in this process (the API with RUN_WORKERS=true, or worker.ts). */
  workers: boolean;
}

/** The modules every Skema process shares: config, logs, request context, database, Redis, queues. */
const coreModules = () => [
  AppConfigModule.forRoot(),
  LoggingModule,
  RequestContextModule,
  DatabaseModule,
  RedisModule,
  QueuesModule,
  StorageModule,
];

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
        DiscoveryModule,
        AuthModule,
        OrganisationsModule,
        ApplicationsModule,
        CallsModule,
        EvaluationModule,
        ResultsModule,
        GrantsModule,
        RegistrationModule,
        UsersModule,
        QueueDashboardModule,
        HealthModule,
        InfoModule,
        RegionsModule,
        AuditModule,
        HousekeepingModule.register({ workers: options.workers }),
        NotificationsModule.register({ workers: options.workers }),
        ReceiptsModule.register({ workers: options.workers }),
        ExportsModule.register({ workers: options.workers }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        AccessGuard,
        { provide: APP_GUARD, useExisting: AccessGuard },
      ],
    };
  }
}

/** The queue worker: the same modules, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...coreModules(),
        HousekeepingModule.register({ workers: true }),
        NotificationsModule.register({ workers: true }),
        ReceiptsModule.register({ workers: true }),
        ExportsModule.register({ workers: true }),
        // The evaluation report's renderer (and the services it reads the ranking with).
        ResultsModule,
      ],
    };
  }
}
