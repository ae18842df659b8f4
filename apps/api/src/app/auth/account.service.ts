import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES_REQUIRING_SECOND_FACTOR } from '@skema/contracts';
import { verify } from 'argon2';
import type { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { NotificationService } from '../notifications/notification.service';
import { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';
import { LinkTokenService } from './link-token.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';

/** What a person does to their own account without being signed in, or to its security settings. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly links: LinkTokenService,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorService,
    private readonly notifications: NotificationService,
  ) {}

  async confirmEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.consume(manager, 'email_confirmation', token);
      await manager.update(User, { id: userId }, { emailConfirmedAt: new Date() });
    });
  }

  /**
   * Always succeeds from the caller's point of view, so it cannot be used to learn who has an
   * account; the e-mail goes out only to an existing, active person.
   */
  async requestPasswordReset(email: string): Promise<{ userId: string; token: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { email: email.trim().toLowerCase(), isActive: true } });
      if (!user) return null;
      const token = await this.links.issue(manager, user.id, 'password_reset');
      await this.notifications.notify(manager, { userId: user.id, kind: 'password_reset', params: {}, link: `/reset-password?token=${token}` });
      return { userId: user.id, token };
    });
  }

  /** A reset also confirms the address (the link came to it) and ends every session. */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.consume(manager, 'password_reset', token);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await this.auth.setPassword(manager, user, password);
      if (!user.emailConfirmedAt) await manager.update(User, { id: userId }, { emailConfirmedAt: new Date() });
      await this.sessions.endAllForUser(manager, userId, 'password_changed');
      await this.notifications.notify(manager, {
        userId,
        kind: 'security_alert',
        params: { event: 'password_changed', at: new Date().toISOString() },
        link: '/account/security',
      });
    });
  }

  async disableSecondFactor(userId: string, password: string, otp: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .leftJoinAndSelect('u.roles', 'r')
        .where('u.id = :userId', { userId })
        .getOneOrFail();
      if (user.roles.some((r) => ROLES_REQUIRING_SECOND_FACTOR.includes(r.role))) {
        throw new AppException('second_factor_mandatory', HttpStatus.FORBIDDEN);
      }
      if (!user.passwordHash || !(await verify(user.passwordHash, password))) throw new AppException('password_wrong', HttpStatus.BAD_REQUEST);
      if (!(await this.secondFactor.check(manager, userId, otp))) throw new AppException('second_factor_invalid', HttpStatus.BAD_REQUEST);
      await this.secondFactor.disable(manager, userId);
    });
  }
}
