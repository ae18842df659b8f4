import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { Payment } from './entities/payment.entity';

/**
 * Payments are scheme-wide finance business: a finance officer or programme manager (the permission
 * decides which) may reach any existing one. Grantees see theirs only through their grant.
 */
@ResourcePolicy('payment')
export class PaymentPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, paymentId: string, _permission: Permission): Promise<PolicyDecision> {
    const staff = user.roles.includes('finance_officer') || user.roles.includes('programme_manager');
    if (!staff) return 'not_found';
    return (await this.dataSource.getRepository(Payment).existsBy({ id: paymentId })) ? 'allow' : 'not_found';
  }
}
