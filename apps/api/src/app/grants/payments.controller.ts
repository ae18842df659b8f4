import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Page, PaymentDto } from '@skema/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { PageQuery } from '../../common/validation/page.query';
import { ListPaymentsQuery } from './dto/list-payments.query';
import { MarkPaymentPaidDto } from './dto/mark-payment-paid.dto';
import type { PaymentDueDto } from './dto/payment-due.dto';
import { PreparePaymentDto } from './dto/prepare-payment.dto';
import { RejectPaymentDto } from './dto/reject-payment.dto';
import { PaymentsQueryService } from './payments-query.service';
import { PaymentsService } from './payments.service';

const GRANT = { kind: 'grant', param: 'id' };
const PAYMENT = { kind: 'payment', param: 'id' };

/** Payments of tranches: prepared, approved by a second finance officer, paid or rejected (four eyes). */
@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly queries: PaymentsQueryService,
  ) {}

  /** 201 with a new payment; 200 with the same one when the idempotency key was already used for it. */
  @Post('grants/:id/tranches/:trancheId/payments')
  @Access('payments.manage', GRANT)
  @ApiCreatedResponse({ description: 'The payment, prepared (`requested`).' })
  @ApiOkResponse({ description: 'The payment this idempotency key already prepared.' })
  @ApiConflictResponse({ description: '`tranche_not_payable` (every reason listed), `idempotency_key_reused`.' })
  async prepare(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('trancheId', ParseUUIDPipe) trancheId: string,
    @Body() body: PreparePaymentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentDto> {
    const { payment, created } = await this.payments.prepare(user, id, trancheId, body.idempotencyKey);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return payment;
  }

  @Get('payments')
  @Access('payments.read')
  list(@Query() query: ListPaymentsQuery): Promise<Page<PaymentDto>> {
    return this.queries.list(query);
  }

  /** Tranches whose condition is met and that have no payment under way or made. */
  @Get('payments/due')
  @Access('payments.read')
  due(@Query() query: PageQuery): Promise<Page<PaymentDueDto>> {
    return this.queries.due(query);
  }

  @Get('payments/:id')
  @Access('payments.read', PAYMENT)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PaymentDto> {
    return this.payments.get(id);
  }

  @Post('payments/:id/approve')
  @Access('payments.manage', PAYMENT)
  @HttpCode(HttpStatus.OK)
  @ApiForbiddenResponse({ description: '`four_eyes_required`: the preparer cannot approve.' })
  @ApiConflictResponse({ description: '`award_exceeded`, `grant_not_active`, `illegal_transition`.' })
  approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<PaymentDto> {
    return this.payments.approve(user, id);
  }

  @Post('payments/:id/paid')
  @Access('payments.manage', PAYMENT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`illegal_transition`: only an approved payment is paid.' })
  @ApiUnprocessableEntityResponse({ description: '`payment_paid_on_invalid`.' })
  markPaid(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MarkPaymentPaidDto,
  ): Promise<PaymentDto> {
    return this.payments.markPaid(user, id, body);
  }

  @Post('payments/:id/reject')
  @Access('payments.manage', PAYMENT)
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: '`illegal_transition`: a paid or rejected payment stays as it is.' })
  reject(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectPaymentDto,
  ): Promise<PaymentDto> {
    return this.payments.reject(user, id, body.reason);
  }
}
