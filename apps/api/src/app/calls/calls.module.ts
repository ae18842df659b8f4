import { Module } from '@nestjs/common';
import { CallAmendmentsService } from './call-amendments.service';
import { CallPolicy } from './call.policy';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { PublicCallsController } from './public-calls.controller';
import { PublicCallsService } from './public-calls.service';

@Module({
  controllers: [CallsController, PublicCallsController],
  providers: [CallsService, CallAmendmentsService, PublicCallsService, CallPolicy],
  exports: [CallsService],
})
export class CallsModule {}
