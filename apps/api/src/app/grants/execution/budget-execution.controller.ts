import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type BudgetExecutionRowDto, negotiateLocale } from '@skema/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../../common/access/access.decorator';
import { BudgetExecutionQuery } from './budget-execution.query';
import { BudgetExecutionService } from './budget-execution.service';

/** What finance and programme staff read about the money: execution per lot and region, the ledger. */
@ApiTags('payments')
@Controller()
export class BudgetExecutionController {
  constructor(private readonly execution: BudgetExecutionService) {}

  /** Per lot: envelope, awarded (contracted), committed (approved + paid), paid, unallocated, to pay. */
  @Get('budget-execution')
  @Access('payments.read')
  perLot(@Query() query: BudgetExecutionQuery): Promise<BudgetExecutionRowDto[]> {
    return this.execution.perLot(query);
  }

  /** Every payment, oldest first, as CSV with headers in the person's language. */
  @Get('payments/ledger.csv')
  @Access('payments.read')
  @ApiProduces('text/csv')
  async ledger(
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="payment-ledger.csv"');
    return '\uFEFF' + (await this.execution.ledgerCsv(negotiateLocale(acceptLanguage)));
  }
}
