import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { Organisation } from './entities/organisation.entity';

/**
 * A CSO's staff see and change only their own organisation; another CSO's is "not found" to them.
 * Programme managers and admins see every organisation.
 */
@ResourcePolicy('organisation')
export class OrganisationPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, organisationId: string, _permission: Permission): Promise<PolicyDecision> {
    const exists = await this.dataSource.getRepository(Organisation).existsBy({ id: organisationId });
    if (!exists) return 'not_found';
    if (user.roles.includes('programme_manager') || user.roles.includes('admin')) return 'allow';
    return user.organisationId === organisationId ? 'allow' : 'not_found';
  }
}
