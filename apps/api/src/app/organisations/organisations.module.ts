import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [UsersModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationPolicy],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
