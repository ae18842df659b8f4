import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GrantDto, GrantSummaryDto, Page } from '@skema/contracts';
import { grantDurationMonths } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { escapeLike } from '../../database/escape-like';
import type { ListGrantsQuery } from './dto/list-grants.query';
import { Grant } from './entities/grant.entity';
import { type GrantRows, trancheViews } from './grant-money-state';
import { readOneGrantRows } from './grant-rows';
import { budgetLinesOf, toGrantSummary, toPaymentDto } from './grant.mapper';

const SORT_COLUMNS = {
  contractNumber: 'g.contractNumber',
  startDate: 'g.startDate',
  awardCents: 'g.awardCents',
  createdAt: 'g.createdAt',
} as const;

/**
 * Grants as people read them: the list (a CSO's staff see their own CSO's, finance and programme
 * staff every one; filtered, sorted and paged in the database) and one grant with its budget and its
 * schedule, each tranche with the domain's verdict on whether it can be paid now.
 */
@Injectable()
export class GrantsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<GrantDto> {
    return grantDtoOf(await readOneGrantRows(manager, id));
  }

  async list(user: AuthenticatedUser, query: ListGrantsQuery): Promise<Page<GrantSummaryDto>> {
    const builder = this.dataSource
      .getRepository(Grant)
      .createQueryBuilder('g')
      .innerJoinAndSelect('g.application', 'a')
      .innerJoinAndSelect('g.call', 'c')
      .innerJoinAndSelect('g.lot', 'l')
      .innerJoinAndSelect('g.organisation', 'o');
    if (!user.roles.includes('programme_manager') && !user.roles.includes('finance_officer')) {
      // A grantee's staff: their own CSO's grants only (no organisation, no grants).
      builder.andWhere('g.organisation_id = :organisationId', { organisationId: user.organisationId });
    }
    if (query.status) builder.andWhere('g.status = :status', { status: query.status });
    if (query.region) builder.andWhere('l.region_code = :region', { region: query.region });
    if (query.callId) builder.andWhere('g.call_id = :callId', { callId: query.callId });
    if (query.q) {
      builder.andWhere('(o.legal_name ILIKE :q OR g.contract_number ILIKE :q OR a.reference ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const property = query.sort.replace('-', '') as keyof typeof SORT_COLUMNS;
    const [rows, total] = await builder
      .orderBy(SORT_COLUMNS[property], query.sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('g.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toGrantSummary), total, page: query.page, pageSize: query.pageSize };
  }
}

/** A grant's page: summary, duration, approved budget with spending, schedule with payability. */
export function grantDtoOf(rows: GrantRows): GrantDto {
  const { grant, reports } = rows;
  return {
    ...toGrantSummary(grant),
    durationMonths: grantDurationMonths(grant.startDate, grant.endDate),
    budget: budgetLinesOf(grant, reports),
    tranches: trancheViews(rows, (payment) => toPaymentDto(payment, grant)),
    version: grant.version,
  };
}
