import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MarkPaymentPaidRequest, PaymentDto, PaymentStatus } from '@skema/contracts';
import {
  assertFourEyes,
  assertGrantTransition,
  assertPaymentTransition,
  assertWithinAward,
  instantToTiraneLocal,
  isPayableGrantStatus,
} from '@skema/domain';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppException } from '../../common/errors/app.exception';
import { Grant } from './entities/grant.entity';
import { Payment } from './entities/payment.entity';
import { check, trancheNotPayable } from './grant-errors';
import { evaluate, moneyStateOf } from './grant-money-state';
import { readGrantRows } from './grant-rows';
import { GRANT_RELATIONS, PAYMENT_RELATIONS, toPaymentDto } from './grant.mapper';

export interface PreparedPayment {
  payment: PaymentDto;
  /** False when the idempotency key had already made this payment (a retry, a double click). */
  created: boolean;
}

/** A payment and its grant, both locked for the rest of the transaction (grant first, always). */
interface Locked {
  grant: Grant;
  payment: Payment;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The life of a payment (DESIGN §3 Payment, issue 6): prepared by a finance officer, approved by
 * another, marked paid with the bank's reference, or rejected. Every change is one transaction that
 * locks the grant row first — so all the money moves of one grant queue behind each other, and the
 * award check reads `committed_cents` as it truly is — and is audited through `manager.save`. The
 * rules are the domain's; the database's CHECKs and unique indexes hold them again should a rule here
 * ever be skipped.
 */
@Injectable()
export class PaymentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Prepares the tranche's payment of what the domain says is payable now, or answers every reason it
   * is not (409 `tranche_not_payable`). The same idempotency key again returns the payment it made
   * (`created: false`), never a second one; used for another tranche it is refused.
   */
  async prepare(
    user: AuthenticatedUser,
    grantId: string,
    trancheId: string,
    idempotencyKey: string,
    now = new Date(),
  ): Promise<PreparedPayment> {
    const replay = await this.replay(this.dataSource.manager, grantId, trancheId, idempotencyKey);
    if (replay) return replay;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const grant = await this.lockGrant(manager, grantId);
        // Identical requests queue on the grant's lock; the first one's payment is committed by now.
        const again = await this.replay(manager, grantId, trancheId, idempotencyKey);
        if (again) return again;
        const [rows] = await readGrantRows(manager, [grant]);
        const tranche = rows.tranches.find((t) => t.id === trancheId);
        if (!tranche) throw new AppException('not_found', HttpStatus.NOT_FOUND);
        const { blocks, payableCents } = evaluate(moneyStateOf(rows), tranche);
        if (blocks.length > 0) throw trancheNotPayable(blocks);
        const payment = await manager.save(
          manager.create(Payment, {
            ...{ grantId, trancheId, amountCents: payableCents, status: 'requested' as const, idempotencyKey },
            ...{ preparedBy: user.id, preparedAt: now },
          }),
        );
        return { payment: await this.dto(manager, payment.id), created: true };
      });
    } catch (error) {
      // The key was taken by a request on another grant (which did not queue on this grant's lock).
      if (isUniqueViolation(error, 'payments_idempotency_key')) {
        const late = await this.replay(this.dataSource.manager, grantId, trancheId, idempotencyKey);
        if (late) return late;
      }
      if (isUniqueViolation(error, 'payments_one_live_per_tranche_key')) throw trancheNotPayable(['already_paid']);
      throw error;
    }
  }

  /**
   * A second finance officer approves: the award's ceiling is checked against `committed_cents` read
   * under the grant's lock, then raised by the amount, so the CHECK `committed_cents <= award_cents`
   * guards it as well. 403 `four_eyes_required` for the preparer, 409 `award_exceeded`.
   */
  async approve(user: AuthenticatedUser, paymentId: string, now = new Date()): Promise<PaymentDto> {
    return this.change(paymentId, async (manager, { grant, payment }) => {
      check(() => assertPaymentTransition(payment.status, 'approved'));
      check(() => assertFourEyes(payment.preparedBy, user.id));
      if (!isPayableGrantStatus(grant.status)) throw new AppException('grant_not_active', HttpStatus.CONFLICT);
      check(() => assertWithinAward(grant.awardCents, grant.committedCents, payment.amountCents));
      Object.assign(payment, { status: 'approved', approvedBy: user.id, approvedAt: now });
      Object.assign(grant, { committedCents: grant.committedCents + payment.amountCents, version: grant.version + 1 });
      await manager.save(payment);
      await manager.save(grant);
    });
  }

  /**
   * Records the transfer: approved → paid with the bank's reference and date (neither in the future
   * nor before the approval, Tirana days). The first payment starts the grant's implementation.
   */
  async markPaid(
    _user: AuthenticatedUser,
    paymentId: string,
    { bankReference, paidOn }: MarkPaymentPaidRequest,
    now = new Date(),
  ): Promise<PaymentDto> {
    return this.change(paymentId, async (manager, { grant, payment }) => {
      check(() => assertPaymentTransition(payment.status, 'paid'));
      const approvedOn = tiraneDate(payment.approvedAt ?? now);
      if (paidOn > tiraneDate(now) || paidOn < approvedOn) {
        throw new AppException('payment_paid_on_invalid', HttpStatus.UNPROCESSABLE_ENTITY, { approvedOn });
      }
      Object.assign(payment, { status: 'paid', paidAt: now, paidOn, bankReference: bankReference.trim() });
      grant.paidCents += payment.amountCents;
      grant.version += 1;
      if (grant.status === 'contracted') {
        check(() => assertGrantTransition(grant.status, 'in_implementation'));
        grant.status = 'in_implementation';
      }
      await manager.save(payment);
      await manager.save(grant);
    });
  }

  /** Requested or approved → rejected with the reason; an approved one gives its commitment back. */
  async reject(user: AuthenticatedUser, paymentId: string, reason: string, now = new Date()): Promise<PaymentDto> {
    return this.change(paymentId, async (manager, { grant, payment }) => {
      const was: PaymentStatus = payment.status;
      check(() => assertPaymentTransition(was, 'rejected'));
      Object.assign(payment, {
        status: 'rejected',
        rejectedBy: user.id,
        rejectedAt: now,
        rejectedReason: reason.trim(),
      });
      await manager.save(payment);
      if (was === 'approved') {
        Object.assign(grant, {
          committedCents: grant.committedCents - payment.amountCents,
          version: grant.version + 1,
        });
        await manager.save(grant);
      }
    });
  }

  async get(paymentId: string): Promise<PaymentDto> {
    return this.dto(this.dataSource.manager, paymentId);
  }

  /** One state change: the grant locked, then the payment, the work done, the payment read back. */
  private change(paymentId: string, work: (manager: EntityManager, locked: Locked) => Promise<void>) {
    return this.dataSource.transaction(async (manager) => {
      const { grantId } = await manager.findOneOrFail(Payment, {
        where: { id: paymentId },
        select: { id: true, grantId: true },
      });
      const grant = await this.lockGrant(manager, grantId);
      const payment = await manager.findOneOrFail(Payment, {
        where: { id: paymentId },
        lock: { mode: 'pessimistic_write' },
      });
      await work(manager, { grant, payment });
      return this.dto(manager, paymentId);
    });
  }

  private lockGrant(manager: EntityManager, grantId: string): Promise<Grant> {
    return manager.findOneOrFail(Grant, { where: { id: grantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The payment an idempotency key already made: returned for the same tranche, refused for another. */
  private async replay(
    manager: EntityManager,
    grantId: string,
    trancheId: string,
    idempotencyKey: string,
  ): Promise<PreparedPayment | null> {
    const existing = await manager.findOne(Payment, {
      where: { idempotencyKey },
      select: { id: true, grantId: true, trancheId: true },
    });
    if (!existing) return null;
    if (existing.grantId !== grantId || existing.trancheId !== trancheId) {
      throw new AppException('idempotency_key_reused', HttpStatus.CONFLICT);
    }
    return { payment: await this.dto(manager, existing.id), created: false };
  }

  private async dto(manager: EntityManager, paymentId: string): Promise<PaymentDto> {
    const payment = await manager.findOneOrFail(Payment, { where: { id: paymentId }, relations: PAYMENT_RELATIONS });
    const grant = await manager.findOneOrFail(Grant, { where: { id: payment.grantId }, relations: GRANT_RELATIONS });
    return toPaymentDto(payment, grant);
  }
}

/** The calendar day in Tirana of an instant, `YYYY-MM-DD`. */
function tiraneDate(instant: Date): string {
  return instantToTiraneLocal(instant).slice(0, 10);
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code === UNIQUE_VIOLATION && driver.constraint === constraint;
}
