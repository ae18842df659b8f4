import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkerHeartbeat } from './entities/worker-heartbeat.entity';
import { HeartbeatProcessor } from './heartbeat.processor';
import { HOUSEKEEPING_QUEUE } from './housekeeping.constants';
import { HousekeepingProducer } from './housekeeping.producer';

@Module({})
export class HousekeepingModule {
  /** `workers: false` makes this process a producer only (the API when `RUN_WORKERS=false`). */
  static register(options: { workers: boolean }): DynamicModule {
    return {
      module: HousekeepingModule,
      imports: [BullModule.registerQueue({ name: HOUSEKEEPING_QUEUE }), TypeOrmModule.forFeature([WorkerHeartbeat])],
      providers: [HousekeepingProducer, ...(options.workers ? [HeartbeatProcessor] : [])],
      exports: [HousekeepingProducer],
    };
  }
}
