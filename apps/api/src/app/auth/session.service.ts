import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '@skema/contracts';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { randomToken, sha256 } from '../../common/security/tokens';
import { RefreshToken } from './entities/refresh-token.entity';
import { Session } from './entities/session.entity';

export interface IssuedSession {
  sessionId: string;
  userId: string;
  refreshToken: string;
  absoluteExpiresAt: Date;
}

const seconds = (n: number) => n * 1000;

/**
 * Refresh tokens rotate on every use and are kept only as hashes. A token used twice means it was
 * stolen (or replayed): the whole family — the device's session — ends at once.
 */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async start(manager: EntityManager, userId: string, userAgent: string): Promise<IssuedSession> {
    const now = new Date();
    const absoluteExpiresAt = new Date(now.getTime() + seconds(SESSION_ABSOLUTE_SECONDS));
    const session = await manager.save(
      manager.create(Session, {
        userId,
        userAgent: userAgent.slice(0, 300) || 'unknown',
        lastUsedAt: now,
        idleExpiresAt: new Date(Math.min(now.getTime() + seconds(SESSION_IDLE_SECONDS), absoluteExpiresAt.getTime())),
        absoluteExpiresAt,
        revokedAt: null,
        revokedReason: null,
      }),
    );
    const refreshToken = await this.issueToken(manager, session.id);
    return { sessionId: session.id, userId, refreshToken, absoluteExpiresAt };
  }

  /** Trades a refresh token for a new one. Throws 401 for anything but a live, unused token. */
  async rotate(presented: string): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, {
        where: { tokenHash: sha256(presented) },
        relations: { session: true },
        lock: { mode: 'pessimistic_write', tables: ['refresh_tokens'] },
      });
      if (!token) return null;
      const session = token.session;
      const now = new Date();
      if (session.revokedAt || session.idleExpiresAt <= now || session.absoluteExpiresAt <= now) return null;
      if (token.usedAt) {
        await manager.update(Session, { id: session.id }, { revokedAt: now, revokedReason: 'replay' });
        return null;
      }
      await manager.update(RefreshToken, { id: token.id }, { usedAt: now });
      await manager.update(
        Session,
        { id: session.id },
        {
          lastUsedAt: now,
          idleExpiresAt: new Date(Math.min(now.getTime() + seconds(SESSION_IDLE_SECONDS), session.absoluteExpiresAt.getTime())),
        },
      );
      const refreshToken = await this.issueToken(manager, session.id);
      return { sessionId: session.id, userId: session.userId, refreshToken, absoluteExpiresAt: session.absoluteExpiresAt };
    });
    if (!outcome) throw new AppException('session_expired', HttpStatus.UNAUTHORIZED);
    return outcome;
  }

  /** Ends the session a refresh token belongs to (sign-out); unknown tokens are ignored. */
  async endByToken(presented: string): Promise<void> {
    const token = await this.dataSource.getRepository(RefreshToken).findOne({ where: { tokenHash: sha256(presented) } });
    if (token) await this.end(this.dataSource.manager, token.sessionId, 'sign_out');
  }

  async end(manager: EntityManager, sessionId: string, reason: NonNullable<Session['revokedReason']>): Promise<void> {
    await manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Ends one of the person's own sessions; false when it is not theirs or already ended. */
  async endOwn(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      Session,
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: 'ended_by_user' },
    );
    return (result.affected ?? 0) > 0;
  }

  async endAllForUser(
    manager: EntityManager,
    userId: string,
    reason: NonNullable<Session['revokedReason']>,
    exceptSessionId?: string,
  ): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
  }

  /** The person's live devices, most recently used first. */
  listLive(userId: string): Promise<Session[]> {
    return this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.idle_expires_at > now() AND s.absolute_expires_at > now()', { userId })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
  }

  private async issueToken(manager: EntityManager, sessionId: string): Promise<string> {
    const token = randomToken();
    await manager.insert(RefreshToken, { sessionId, tokenHash: sha256(token), usedAt: null });
    return token;
  }
}
