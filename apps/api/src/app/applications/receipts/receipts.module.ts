import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { ReceiptGenerator } from './receipt-generator.service';
import { ReceiptProcessor } from './receipt.processor';
import { RECEIPTS_QUEUE } from './receipt.constants';
import { ReceiptsProducer } from './receipts.producer';

/**
 * The receipts queue. The producer is in every process (it holds the queue's `error` handler and
 * hands `receipt` outbox rows to the dispatcher); the generator and its processor run where the
 * workers run. Downloads are the applications module's (ReceiptsService).
 */
@Module({})
export class ReceiptsModule {
  static register(options: { workers: boolean }): DynamicModule {
    return {
      module: ReceiptsModule,
      imports: [BullModule.registerQueue({ name: RECEIPTS_QUEUE })],
      providers: [ReceiptsProducer, ...(options.workers ? [ReceiptGenerator, ReceiptProcessor] : [])],
    };
  }
}
