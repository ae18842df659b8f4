import { Module } from '@nestjs/common';
import { BudgetExecutionController } from './execution/budget-execution.controller';
import { BudgetExecutionService } from './execution/budget-execution.service';
import { GrantContractService } from './grant-contract.service';
import { GrantReportsController } from './grant-reports.controller';
import { GrantReportsService } from './grant-reports.service';
import { GranteePolicy } from './grantee.policy';
import { GrantPolicy } from './grant.policy';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';
import { PaymentPolicy } from './payment.policy';
import { PaymentsQueryService } from './payments-query.service';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';

/**
 * Grants and payments (DESIGN §3 Grant, Payment; issue 6): contracts made from awards, their payment
 * schedule, the payments of tranches under four eyes, idempotent and within the award, and the
 * grantees' reports that release the later tranches.
 */
@Module({
  controllers: [BudgetExecutionController, GrantsController, PaymentsController, GrantReportsController],
  providers: [
    GrantPolicy,
    GranteePolicy,
    PaymentPolicy,
    GrantsService,
    GrantContractService,
    PaymentsService,
    PaymentsQueryService,
    GrantReportsService,
    BudgetExecutionService,
  ],
})
export class GrantsModule {}
