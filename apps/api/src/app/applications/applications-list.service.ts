import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationSummaryDto, Page } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { escapeLike } from '../../database/escape-like';
import type { ListApplicationsQuery } from './dto/list-applications.query';
import { Application } from './entities/application.entity';

const SORT_PROPERTIES = { submittedAt: 'a.submittedAt', reference: 'a.reference', updatedAt: 'a.updatedAt' } as const;

/**
 * Lists of applications: a CSO sees its own (drafts included); scheme staff see submitted ones only,
 * never a draft (DESIGN §2). Filtered, sorted and paginated in the database.
 */
@Injectable()
export class ApplicationsListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: ListApplicationsQuery): Promise<Page<ApplicationSummaryDto>> {
    const builder = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.call', 'c')
      .innerJoinAndSelect('a.lot', 'l')
      .innerJoinAndSelect('a.organisation', 'o');
    if (user.roles.includes('programme_manager')) builder.andWhere("a.status <> 'draft'");
    else builder.andWhere('a.organisation_id = :organisationId', { organisationId: user.organisationId });
    if (query.callId) builder.andWhere('a.call_id = :callId', { callId: query.callId });
    if (query.region) builder.andWhere('l.region_code = :region', { region: query.region });
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.q) builder.andWhere('(o.legal_name ILIKE :q OR a.reference ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    const [rows, total] = await builder
      .orderBy(SORT_PROPERTIES[query.sort.replace('-', '') as keyof typeof SORT_PROPERTIES], query.sort.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((a) => ({
        id: a.id,
        reference: a.reference,
        status: a.status,
        call: { id: a.callId, reference: a.call!.reference },
        regionCode: a.lot!.regionCode,
        organisation: { id: a.organisationId, legalName: a.organisation!.legalName },
        submittedAt: a.submittedAt?.toISOString() ?? null,
        updatedAt: a.updatedAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
