import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { Grant } from './entities/grant.entity';

/**
 * A grantee's staff read only their own CSO's grants; programme managers and finance officers every
 * grant (what each may do to it is their permission's business). Anyone else, and another CSO, is
 * told the grant does not exist.
 */
@ResourcePolicy('grant')
export class GrantPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, grantId: string, _permission: Permission): Promise<PolicyDecision> {
    const grant = await this.dataSource
      .getRepository(Grant)
      .findOne({ where: { id: grantId }, select: { id: true, organisationId: true } });
    if (!grant) return 'not_found';
    if (user.roles.includes('programme_manager') || user.roles.includes('finance_officer')) return 'allow';
    if (user.roles.includes('applicant') && user.organisationId === grant.organisationId) return 'allow';
    return 'not_found';
  }
}
