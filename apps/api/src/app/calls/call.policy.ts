import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { Call } from './entities/call.entity';

/**
 * Programme managers (the only holders of `calls.manage`) see every call in every state; the role
 * check has already run, so this policy only answers whether the call exists.
 */
@ResourcePolicy('call')
export class CallPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(_user: AuthenticatedUser, callId: string, _permission: Permission): Promise<PolicyDecision> {
    return (await this.dataSource.getRepository(Call).existsBy({ id: callId })) ? 'allow' : 'not_found';
  }
}
