import { Module } from '@nestjs/common';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationPolicy } from './application.policy';
import { ApplicationsListService } from './applications-list.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { ReceiptsService } from './receipts/receipts.service';

@Module({
  controllers: [ApplicationsController, AttachmentsController],
  providers: [ApplicationsService, ApplicationSubmissionService, ApplicationsListService, ApplicationPolicy, AttachmentsService, ReceiptsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
