import type { AddAssignmentRequest } from '@skema/contracts';
import { IsUUID } from 'class-validator';

export class AddAssignmentDto implements AddAssignmentRequest {
  @IsUUID()
  evaluatorId!: string;
}
