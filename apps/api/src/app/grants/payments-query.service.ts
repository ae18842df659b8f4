import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PaymentDto } from '@skema/contracts';
import { PAYABLE_GRANT_STATUSES } from '@skema/domain';
import { type DataSource, In } from 'typeorm';
import type { PageQuery } from '../../common/validation/page.query';
import { escapeLike } from '../../database/escape-like';
import type { ListPaymentsQuery } from './dto/list-payments.query';
import type { PaymentDueDto } from './dto/payment-due.dto';
import { Grant } from './entities/grant.entity';
import { Payment } from './entities/payment.entity';
import { trancheViews } from './grant-money-state';
import { readGrantRows } from './grant-rows';
import { GRANT_RELATIONS, toGrantSummary, toPaymentDto } from './grant.mapper';

const SORT_COLUMNS = { preparedAt: 'p.preparedAt', amountCents: 'p.amountCents', paidOn: 'p.paidOn' } as const;

/**
 * What finance reads: the payments (filtered, sorted, paged in the database) and the tranches due,
 * i.e. those the domain says may be paid now and that have no live payment.
 */
@Injectable()
export class PaymentsQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListPaymentsQuery): Promise<Page<PaymentDto>> {
    const builder = this.dataSource
      .getRepository(Payment)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.grant', 'g')
      .innerJoinAndSelect('g.organisation', 'o')
      .innerJoinAndSelect('g.lot', 'l')
      .innerJoinAndSelect('p.tranche', 'tranche')
      .leftJoinAndSelect('p.preparer', 'preparer')
      .leftJoinAndSelect('p.approver', 'approver');
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.grantId) builder.andWhere('p.grant_id = :grantId', { grantId: query.grantId });
    if (query.region) builder.andWhere('l.region_code = :region', { region: query.region });
    if (query.q) {
      builder.andWhere('(o.legal_name ILIKE :q OR g.contract_number ILIKE :q OR p.bank_reference ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const property = query.sort.replace('-', '') as keyof typeof SORT_COLUMNS;
    const [rows, total] = await builder
      .orderBy(SORT_COLUMNS[property], query.sort.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('p.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      // The inner join above gives every payment its grant.
      items: rows.map((payment) => toPaymentDto(payment, payment.grant as Grant)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Tranches payable now, oldest report due date first (pre-financing, which waits for no report,
   * before them). Only grants that may pay and have a tranche without a live payment are read; the
   * domain then decides each tranche, exactly as it does when a payment is prepared.
   */
  async due(query: PageQuery): Promise<Page<PaymentDueDto>> {
    const manager = this.dataSource.manager;
    const candidates = await manager.query<{ grant_id: string }[]>(
      `SELECT DISTINCT t.grant_id
         FROM grant_tranches t JOIN grants g ON g.id = t.grant_id
        WHERE g.status = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.tranche_id = t.id AND p.status <> 'rejected')`,
      [[...PAYABLE_GRANT_STATUSES]],
    );
    const grants = await manager.find(Grant, {
      where: { id: In(candidates.map((c) => c.grant_id)) },
      relations: GRANT_RELATIONS,
    });
    const due: PaymentDueDto[] = [];
    for (const rows of await readGrantRows(manager, grants)) {
      const summary = toGrantSummary(rows.grant);
      for (const tranche of trancheViews(rows, (payment) => toPaymentDto(payment, rows.grant))) {
        if (tranche.payable) due.push({ grant: summary, tranche });
      }
    }
    due.sort(
      (a, b) =>
        (a.tranche.reportDueOn ?? '').localeCompare(b.tranche.reportDueOn ?? '') ||
        a.grant.contractNumber.localeCompare(b.grant.contractNumber) ||
        a.tranche.sequence - b.tranche.sequence,
    );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: due.slice(start, start + query.pageSize),
      total: due.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
