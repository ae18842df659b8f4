import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditVerifier } from './audit-verifier';
import { AuditEntry } from './entities/audit-entry.entity';

/**
 * The audit trail (DESIGN §6). Recording needs no import: `AuditSubscriber` sits in the DataSource
 * options and sees every entity change. Import this module for `AuditService.record` (changes the
 * subscriber cannot see) or `AuditVerifier`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditService, AuditVerifier],
  exports: [AuditService, AuditVerifier],
})
export class AuditModule {}
