import { Module } from '@nestjs/common';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationPolicy } from './application.policy';
import { ApplicationsListService } from './applications-list.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationSubmissionService, ApplicationsListService, ApplicationPolicy],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
