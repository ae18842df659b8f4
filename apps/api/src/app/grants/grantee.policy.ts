import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { Grant } from './entities/grant.entity';

/**
 * Acting for the grantee (writing and submitting its reports): only the staff of the CSO that holds
 * the grant. Programme and finance staff, who may read the grant, are refused (403); anyone else is
 * told it does not exist.
 */
@ResourcePolicy('grantee')
export class GranteePolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, grantId: string, _permission: Permission): Promise<PolicyDecision> {
    const grant = await this.dataSource
      .getRepository(Grant)
      .findOne({ where: { id: grantId }, select: { id: true, organisationId: true } });
    if (!grant) return 'not_found';
    if (user.roles.includes('applicant') && user.organisationId === grant.organisationId) return 'allow';
    if (user.roles.includes('programme_manager') || user.roles.includes('finance_officer')) return 'forbidden';
    return 'not_found';
  }
}
