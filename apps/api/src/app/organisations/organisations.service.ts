import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseIban } from '@skema/domain';
import { type DataSource, In } from 'typeorm';
import { escapeLike } from '../../database/escape-like';
import { NotificationService } from '../notifications/notification.service';
import { Region } from '../regions/entities/region.entity';
import { User } from '../users/entities/user.entity';
import type { Page } from '@skema/contracts';
import type { ListOrganisationsQuery } from './dto/list-organisations.query';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { Organisation } from './entities/organisation.entity';
import { toOrganisationDto, type OrganisationDto } from './organisation.dto';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** Staff's list, e.g. the organisations waiting for verification (`verified=false`). */
  async list(query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    const builder = this.dataSource.getRepository(Organisation).createQueryBuilder('o').leftJoinAndSelect('o.regions', 'r');
    if (query.q) {
      builder.andWhere('(o.legal_name ILIKE :q OR o.acronym ILIKE :q OR o.registration_number ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.verified !== undefined) builder.andWhere(query.verified ? 'o.verified_at IS NOT NULL' : 'o.verified_at IS NULL');
    if (query.region) {
      builder.andWhere('EXISTS (SELECT 1 FROM organisation_regions x WHERE x.organisation_id = o.id AND x.region_code = :region)', {
        region: query.region,
      });
    }
    const [rows, total] = await builder
      .orderBy(`o.${query.sort.replace('-', '')}`, query.sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toOrganisationDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<OrganisationDto> {
    return toOrganisationDto(await this.dataSource.getRepository(Organisation).findOneOrFail({ where: { id }, relations: { regions: true } }));
  }

  /** Saved through the repository, so the change is one transaction and lands in the audit trail. */
  async update(id: string, changes: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneOrFail(Organisation, { where: { id }, relations: { regions: true } });
      const { regions, iban, ...fields } = changes;
      Object.assign(organisation, fields);
      if (iban !== undefined) organisation.iban = normaliseIban(iban);
      if (regions) organisation.regions = await manager.findBy(Region, { code: In(regions) });
      return toOrganisationDto(await manager.save(organisation));
    });
  }

  async verify(id: string, verifierId: string): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneOrFail(Organisation, { where: { id }, relations: { regions: true } });
      if (!organisation.verifiedAt) {
        organisation.verifiedAt = new Date();
        organisation.verifiedBy = verifierId;
        await manager.save(organisation);
        for (const member of await manager.findBy(User, { organisationId: id, isActive: true })) {
          await this.notifications.notify(manager, {
            userId: member.id,
            kind: 'organisation_verified',
            params: { organisationName: organisation.legalName },
            link: '/organisation',
          });
        }
      }
      return toOrganisationDto(organisation);
    });
  }
}
