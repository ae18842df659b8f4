import type { MarkPaymentPaidRequest } from '@skema/contracts';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsLocalDate } from './local-date';

export class MarkPaymentPaidDto implements MarkPaymentPaidRequest {
  /** The bank's reference of the transfer, as on the statement. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @Matches(/^[\p{L}\p{N} ./_-]+$/u)
  bankReference!: string;

  /** The transfer's date; not in the future, not before the approval (the service checks). */
  @IsLocalDate()
  paidOn!: string;
}
