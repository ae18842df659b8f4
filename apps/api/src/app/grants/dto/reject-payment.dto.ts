import type { RejectPaymentRequest } from '@skema/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RejectPaymentDto implements RejectPaymentRequest {
  /** Why: kept with the payment and shown to whoever looks at it later. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
