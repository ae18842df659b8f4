import { HttpStatus, Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, MoreThan } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { randomToken, sha256 } from '../../common/security/tokens';
import { UserToken, type UserTokenPurpose } from './entities/user-token.entity';

const LIFETIME_HOURS: Record<UserTokenPurpose, number> = {
  email_confirmation: 72,
  password_reset: 1,
  invitation: 7 * 24,
};

/** Single-use tokens for the links Skema e-mails: confirm an address, reset a password, accept an invitation. */
@Injectable()
export class LinkTokenService {
  /** Issues a token, ending any earlier one of the same purpose for that person. */
  async issue(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<string> {
    await manager.update(UserToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = randomToken();
    await manager.insert(UserToken, {
      userId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + LIFETIME_HOURS[purpose] * 3_600_000),
      usedAt: null,
    });
    return token;
  }

  /** Spends a token and returns whose it was; 400 `token_invalid` if unknown, used or expired. */
  async consume(manager: EntityManager, purpose: UserTokenPurpose, token: string): Promise<string> {
    const row = await manager.findOne(UserToken, {
      where: { tokenHash: sha256(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new AppException('token_invalid', HttpStatus.BAD_REQUEST);
    await manager.update(UserToken, { id: row.id }, { usedAt: new Date() });
    return row.userId;
  }
}
