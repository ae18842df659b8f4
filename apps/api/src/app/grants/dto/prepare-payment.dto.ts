import { ApiProperty } from '@nestjs/swagger';
import type { PreparePaymentRequest } from '@skema/contracts';
import { IsUUID } from 'class-validator';

export class PreparePaymentDto implements PreparePaymentRequest {
  /** Made once per intent by the portal; the same key again returns the same payment. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  idempotencyKey!: string;
}
