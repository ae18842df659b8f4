import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntryDto, Page } from '@skema/contracts';
import { Access } from '../../common/access/access.decorator';
import { AuditService } from './audit.service';
import { ListAuditEntriesDto } from './dto/list-audit-entries.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access('audit.read')
  @ApiOperation({ summary: 'Browse the audit log', description: 'Every change to the data, newest first by default.' })
  @ApiOkResponse({ description: 'One page of audit entries; personal data masked, secrets redacted.' })
  list(@Query() query: ListAuditEntriesDto): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }
}
