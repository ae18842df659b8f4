import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, Page, Role, UserSummaryDto } from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { escapeLike } from '../../database/escape-like';
import { AuthService } from '../auth/auth.service';
import { LinkTokenService } from '../auth/link-token.service';
import { NotificationService } from '../notifications/notification.service';
import type { ListUsersQuery } from './dto/list-users.query';
import { User, UserRole } from './entities/user.entity';

interface Invitation {
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  organisationId: string | null;
  invitedBy: string;
  organisationName?: string;
}

// Entity property paths: TypeORM's paginated joins (skip/take) need them, not column names.
const SORT_COLUMNS = { email: 'u.email', displayName: 'u.displayName', createdAt: 'u.createdAt' } as const;

/** People and their roles: invitations, role changes, and the administrators' list. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: LinkTokenService,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserSummaryDto>> {
    const builder = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.roles', 'r')
      .leftJoinAndSelect('u.organisation', 'o');
    if (query.q) builder.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (query.role) builder.andWhere('EXISTS (SELECT 1 FROM user_roles f WHERE f.user_id = u.id AND f.role = :role)', { role: query.role });
    const descending = query.sort.startsWith('-');
    const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const [rows, total] = await builder
      .orderBy(column, descending ? 'DESC' : 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** Replaces a person's roles. The last administrator cannot lose the role (nobody could give it back). */
  async setRoles(userId: string, roles: Role[], actorId: string): Promise<UserSummaryDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, relations: { roles: true, organisation: true } });
      if (!user) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      const wanted = [...new Set(roles)].sort();
      const current = user.roles.map((r) => r.role).sort();
      if (wanted.join() === current.join()) return toSummary(user);
      if (current.includes('admin') && !wanted.includes('admin')) {
        const admins = await manager.count(UserRole, { where: { role: 'admin' } });
        if (admins <= 1) throw new AppException('conflict', HttpStatus.CONFLICT);
      }
      if (wanted.includes('applicant') && !user.organisationId) throw new AppException('bad_request', HttpStatus.BAD_REQUEST);
      await manager.remove(user.roles.filter((r) => !wanted.includes(r.role)));
      await manager.save(wanted.filter((role) => !current.includes(role)).map((role) => manager.create(UserRole, { userId, role })));
      if (userId !== actorId) {
        await this.notifications.notify(manager, { userId, kind: 'role_changed', params: { roles: wanted }, link: '/' });
      }
      return toSummary(await manager.findOneOrFail(User, { where: { id: userId }, relations: { roles: true, organisation: true } }));
    });
  }

  /** Creates the account without a password and e-mails a link to set one. */
  async invite(invitation: Invitation): Promise<UserSummaryDto> {
    return this.dataSource.transaction(async (manager) => {
      const email = invitation.email.trim().toLowerCase();
      if (await manager.existsBy(User, { email })) throw new AppException('email_taken', HttpStatus.CONFLICT);
      const user = await manager.save(
        manager.create(User, {
          email,
          displayName: invitation.displayName.trim(),
          locale: invitation.locale,
          passwordHash: null,
          organisationId: invitation.organisationId,
          roles: invitation.roles.map((role) => ({ role })) as UserRole[],
        }),
      );
      const token = await this.links.issue(manager, user.id, 'invitation');
      await this.notifications.notify(manager, {
        userId: user.id,
        kind: 'invitation',
        params: { invitedBy: invitation.invitedBy, ...(invitation.organisationName ? { organisationName: invitation.organisationName } : {}) },
        link: `/accept-invitation?token=${token}`,
      });
      return toSummary(await this.reload(manager, user.id));
    });
  }

  /** Setting the password also confirms the address the invitation went to. */
  async acceptInvitation(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.consume(manager, 'invitation', token);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await this.auth.setPassword(manager, user, password);
      await manager.update(User, { id: userId }, { emailConfirmedAt: new Date() });
    });
  }

  private reload(manager: EntityManager, id: string): Promise<User> {
    return manager.findOneOrFail(User, { where: { id }, relations: { roles: true, organisation: true } });
  }
}

function toSummary(user: User): UserSummaryDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles.map((r) => r.role).sort(),
    organisation: user.organisation ? { id: user.organisation.id, legalName: user.organisation.legalName } : null,
    active: user.isActive,
    emailConfirmed: user.emailConfirmedAt !== null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
