import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  type CurrentUserDto,
  type Locale,
  permissionsOf,
  ROLES_REQUIRING_SECOND_FACTOR,
  type SessionDto,
} from '@skema/contracts';
import { hash, verify } from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { setActor } from '../../common/context/request-context';
import { ARGON2_OPTIONS } from '../../common/security/password';
import { NotificationService } from '../notifications/notification.service';
import { User } from '../users/entities/user.entity';
import type { AccessTokenPayload } from './jwt.strategy';
import { assertAcceptablePassword } from './password-rules';
import { SecondFactorService } from './second-factor.service';
import { type IssuedSession, SessionService } from './session.service';

/** Failed sign-ins before the first lock; each further failure doubles the lock, up to an hour. */
export const LOCK_AFTER_FAILURES = 5;
const MAX_LOCK_MINUTES = 60;

export function lockMinutes(failures: number): number {
  return failures < LOCK_AFTER_FAILURES ? 0 : Math.min(2 ** (failures - LOCK_AFTER_FAILURES), MAX_LOCK_MINUTES);
}

/** Verifying against this when the e-mail is unknown makes both answers take the same time. */
let dummyHash: Promise<string> | undefined;

type SignInError = 'invalid_credentials' | 'second_factor_required' | 'second_factor_invalid' | 'email_not_confirmed';
type SignInOutcome = { error: SignInError } | { issued: IssuedSession };

export interface SignedIn {
  session: SessionDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorService,
    private readonly jwt: JwtService,
    private readonly notifications: NotificationService,
  ) {}

  async signIn(email: string, password: string, otp: string | undefined, userAgent: string): Promise<SignedIn> {
    // Failures are returned, not thrown, so the failure count they record is committed.
    const result = await this.dataSource.transaction(async (manager): Promise<SignInOutcome> => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.email = :email', { email: email.trim().toLowerCase() })
        // Serialises sign-ins of one account (the failure count) without blocking the foreign-key
        // checks of rows that reference the person: FOR UPDATE would, and a notification written while
        // the audit chain is held would then wait on this row while this waits on the chain (deadlock).
        .setLock('for_no_key_update')
        .getOne();
      const locked = user?.lockedUntil && user.lockedUntil > new Date();
      if (!user?.passwordHash || !user.isActive || locked) {
        // Same work, same answer: timing reveals neither whether the e-mail exists nor a lock.
        await verify(await (dummyHash ??= hash('not-a-password', ARGON2_OPTIONS)), password);
        return { error: 'invalid_credentials' };
      }
      if (!(await verify(user.passwordHash, password))) return this.recordFailure(manager, user);
      if (user.totpEnabledAt) {
        if (!otp) return { error: 'second_factor_required' };
        if (!(await this.secondFactor.check(manager, user.id, otp))) return this.recordFailure(manager, user, 'second_factor_invalid');
      }
      if (!user.emailConfirmedAt) return { error: 'email_not_confirmed' };
      await manager.update(User, { id: user.id }, { failedSignIns: 0, lockedUntil: null });
      // Sign-in is public: from here on the audit trail attributes this request's changes to the person.
      setActor(user);
      await this.alertIfNewDevice(manager, user.id, userAgent);
      return { issued: await this.sessions.start(manager, user.id, userAgent) };
    });
    if ('error' in result) {
      const status = result.error === 'email_not_confirmed' ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
      throw new AppException(result.error, status);
    }
    return this.signedIn(result.issued);
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    return this.signedIn(await this.sessions.rotate(refreshToken));
  }

  async changePassword(userId: string, sessionId: string, current: string, next: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :userId', { userId }).getOneOrFail();
      if (!user.passwordHash || !(await verify(user.passwordHash, current))) {
        throw new AppException('password_wrong', HttpStatus.BAD_REQUEST);
      }
      await this.setPassword(manager, user, next);
      await this.sessions.endAllForUser(manager, userId, 'password_changed', sessionId);
      await this.notifications.notify(manager, {
        userId,
        kind: 'security_alert',
        params: { event: 'password_changed', at: new Date().toISOString() },
        link: '/account/security',
      });
    });
  }

  /** Sets a new password after checking the policy; the caller decides which sessions end. */
  async setPassword(manager: EntityManager, user: User, password: string): Promise<void> {
    assertAcceptablePassword(password, [user.email, user.displayName]);
    await manager.update(
      User,
      { id: user.id },
      { passwordHash: await hash(password, ARGON2_OPTIONS), passwordChangedAt: new Date(), failedSignIns: 0, lockedUntil: null },
    );
  }

  /** Saved through the entity, so the change is audited like any other. */
  async setLocale(userId: string, locale: Locale): Promise<void> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneByOrFail({ id: userId });
    if (user.locale === locale) return;
    user.locale = locale;
    await users.save(user);
  }

  async currentUser(userId: string): Promise<CurrentUserDto> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({
      where: { id: userId },
      relations: { roles: true, organisation: true },
    });
    const roles = user.roles.map((r) => r.role);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      roles,
      permissions: permissionsOf(roles),
      organisation: user.organisation
        ? { id: user.organisation.id, legalName: user.organisation.legalName, verified: user.organisation.verifiedAt !== null }
        : null,
      twoFactorEnabled: user.totpEnabledAt !== null,
      twoFactorRequired: roles.some((role) => ROLES_REQUIRING_SECOND_FACTOR.includes(role)),
    };
  }

  /**
   * A sign-in from a browser this person has never used tells them (in-app and by e-mail), so a
   * stolen password shows. The very first sign-in is not news.
   */
  private async alertIfNewDevice(manager: EntityManager, userId: string, userAgent: string): Promise<void> {
    const [seen] = await manager.query<{ any: boolean; same: boolean }[]>(
      `SELECT count(*) > 0 AS any, count(*) FILTER (WHERE user_agent = $2) > 0 AS same FROM sessions WHERE user_id = $1`,
      [userId, userAgent.slice(0, 300) || 'unknown'],
    );
    if (!seen.any || seen.same) return;
    await this.notifications.notify(manager, {
      userId,
      kind: 'security_alert',
      params: { event: 'new_device', at: new Date().toISOString(), device: describeDevice(userAgent) },
      link: '/account/security',
    });
  }

  private async recordFailure(
    manager: EntityManager,
    user: User,
    error: 'invalid_credentials' | 'second_factor_invalid' = 'invalid_credentials',
  ): Promise<SignInOutcome> {
    const failures = user.failedSignIns + 1;
    const minutes = lockMinutes(failures);
    await manager.update(
      User,
      { id: user.id },
      { failedSignIns: failures, lockedUntil: minutes ? new Date(Date.now() + minutes * 60_000) : null },
    );
    return { error };
  }

  private async signedIn(issued: IssuedSession): Promise<SignedIn> {
    const payload: AccessTokenPayload = { sub: issued.userId, sid: issued.sessionId };
    const accessToken = await this.jwt.signAsync(payload, {
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      issuer: 'skema',
      audience: 'skema-api',
    });
    return {
      session: {
        accessToken,
        expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000).toISOString(),
        user: await this.currentUser(issued.userId),
      },
      refreshToken: issued.refreshToken,
      refreshExpiresAt: issued.absoluteExpiresAt,
    };
  }
}

/** "Firefox on Windows"-style, from a User-Agent; good enough for a person to recognise their device. */
export function describeDevice(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null;
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  if (browser && system) return `${browser} on ${system}`;
  return (browser ?? system ?? userAgent.slice(0, 60)) || 'unknown';
}
