import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { ExportGenerator } from './export-generator.service';
import { ExportJobPolicy } from './export-job.policy';
import { ExportProcessor } from './export.processor';
import { ExportRenderers } from './export-renderers';
import { EXPORTS_QUEUE } from './exports.constants';
import { ExportsController } from './exports.controller';
import { ExportsProducer } from './exports.producer';
import { ExportsService } from './exports.service';

/**
 * Background exports. Global, so a feature injects ExportsService (to ask for an export) and
 * ExportRenderers (to make its kind) without importing this module again. The producer is in every
 * process (it holds the queue's `error` handler and hands `export` outbox rows to the dispatcher);
 * the generator and its processor run where the workers run, as the receipts' do.
 */
@Module({})
export class ExportsModule {
  static register(options: { workers: boolean }): DynamicModule {
    return {
      module: ExportsModule,
      global: true,
      imports: [BullModule.registerQueue({ name: EXPORTS_QUEUE })],
      controllers: [ExportsController],
      providers: [
        ExportsService,
        ExportRenderers,
        ExportsProducer,
        ExportJobPolicy,
        ...(options.workers ? [ExportGenerator, ExportProcessor] : []),
      ],
      exports: [ExportsService, ExportRenderers],
    };
  }
}
