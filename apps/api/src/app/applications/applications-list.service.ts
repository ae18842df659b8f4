import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationSummaryDto, Locale, Page } from '@skema/contracts';
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
    const [rows, total] = await this.filtered(user, query)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** Every matching application (no paging) as CSV, headers in the person's language. */
  async exportCsv(user: AuthenticatedUser, query: ListApplicationsQuery, locale: Locale): Promise<string> {
    const rows = (await this.filtered(user, query).getMany()).map(toSummary);
    const header = CSV_HEADERS[locale];
    const lines = rows.map((r) => [r.reference ?? '', r.status, r.call.reference, r.regionCode, r.organisation.legalName, r.submittedAt ?? '', r.updatedAt]);
    return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  private filtered(user: AuthenticatedUser, query: ListApplicationsQuery) {
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
    return builder
      .orderBy(SORT_PROPERTIES[query.sort.replace('-', '') as keyof typeof SORT_PROPERTIES], query.sort.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('a.id', 'ASC');
  }
}

function toSummary(a: Application): ApplicationSummaryDto {
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    call: { id: a.callId, reference: a.call!.reference },
    regionCode: a.lot!.regionCode,
    organisation: { id: a.organisationId, legalName: a.organisation!.legalName },
    submittedAt: a.submittedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
  };
}

const CSV_HEADERS: Record<Locale, string[]> = {
  sq: ['Numri', 'Gjendja', 'Thirrja', 'Rajoni', 'Organizata', 'Dorëzuar më', 'Ndryshuar më'],
  en: ['Reference', 'Status', 'Call', 'Region', 'Organisation', 'Submitted at', 'Updated at'],
};

/** RFC 4180 quoting, and a leading quote on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
