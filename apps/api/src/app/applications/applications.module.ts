import { Module } from '@nestjs/common';
import { ApplicationPolicy } from './application.policy';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationPolicy],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
