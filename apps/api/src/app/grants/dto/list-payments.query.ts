import { PAYMENT_STATUSES, type PaymentStatus, REGION_CODES, type RegionCode } from '@skema/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page.query';

export const PAYMENT_SORTS = ['preparedAt', '-preparedAt', 'amountCents', '-amountCents', 'paidOn', '-paidOn'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export class ListPaymentsQuery extends PageQuery {
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatus;

  @IsOptional()
  @IsUUID()
  grantId?: string;

  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  /** Part of the CSO's name, of the contract number or of the bank reference (the ledger's search). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(PAYMENT_SORTS)
  sort: PaymentSort = '-preparedAt';
}
