import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { type PolicyDecision, ResourcePolicy, type ResourcePolicyHandler } from '../../common/access/resource-policy';
import { EvaluationAssignment } from '../evaluation/assignments/evaluation-assignment.entity';
import { Application } from './entities/application.entity';

/**
 * A CSO's staff see only their own organisation's applications; scheme staff see an application only
 * once it is submitted (a draft is the CSO's business); an evaluator reads one only after signing the
 * declaration of no conflict on an assignment to it. Everything else is "not found".
 */
@ResourcePolicy('application')
export class ApplicationPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, applicationId: string, permission: Permission): Promise<PolicyDecision> {
    const application = await this.dataSource
      .getRepository(Application)
      .findOne({ where: { id: applicationId }, select: { id: true, organisationId: true, status: true } });
    if (!application) return 'not_found';
    if (user.roles.includes('applicant') && user.organisationId === application.organisationId) return 'allow';
    if (user.roles.includes('programme_manager') && application.status !== 'draft') return 'allow';
    if (user.roles.includes('evaluator') && permission === 'applications.read') {
      const signed = await this.dataSource
        .getRepository(EvaluationAssignment)
        .existsBy({ applicationId, evaluatorId: user.id, declaration: 'signed' });
      if (signed) return 'allow';
    }
    return 'not_found';
  }
}
