import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { ExportJob } from './export-job.entity';

/**
 * An export is its owner's alone: it may hold what only their role could see (a call's ranking), so
 * anyone else, whatever their role, is told it does not exist.
 */
@ResourcePolicy('export_job')
export class ExportJobPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, exportJobId: string, _permission: Permission): Promise<PolicyDecision> {
    const own = await this.dataSource.getRepository(ExportJob).existsBy({ id: exportJobId, ownerId: user.id });
    return own ? 'allow' : 'not_found';
  }
}
