import { InjectDataSource } from '@nestjs/typeorm';
import type { Permission } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import {
  type PolicyDecision,
  ResourcePolicy,
  type ResourcePolicyHandler,
} from '../../../common/access/resource-policy';
import { EvaluationAssignment } from './evaluation-assignment.entity';

/** An evaluator acts only on their own assignments; anyone else's is "not found". */
@ResourcePolicy('evaluation_assignment')
export class AssignmentPolicy implements ResourcePolicyHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decide(user: AuthenticatedUser, assignmentId: string, _permission: Permission): Promise<PolicyDecision> {
    const own = await this.dataSource
      .getRepository(EvaluationAssignment)
      .existsBy({ id: assignmentId, evaluatorId: user.id });
    return own ? 'allow' : 'not_found';
  }
}
