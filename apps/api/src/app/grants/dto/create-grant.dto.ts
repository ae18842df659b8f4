import type { CreateGrantRequest } from '@skema/contracts';
import { IsLocalDate } from './local-date';

/** The contract's dates; everything else comes from the award and the frozen application. */
export class CreateGrantDto implements CreateGrantRequest {
  @IsLocalDate()
  startDate!: string;

  @IsLocalDate()
  endDate!: string;
}
