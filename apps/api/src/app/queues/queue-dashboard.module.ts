import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { QueueDashboardController } from './queue-dashboard.controller';

/** HTTP side of the queue dashboard (the API only; workers have no dashboard). */
@Module({ imports: [AuthModule], controllers: [QueueDashboardController] })
export class QueueDashboardModule {}
