import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import { toDataURL } from 'qrcode';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { Encryption } from '../../common/security/encryption';
import { randomToken, sha256 } from '../../common/security/tokens';
import { AppConfig } from '../../config/app-config.service';
import { User } from '../users/entities/user.entity';
import { RecoveryCode } from './entities/recovery-code.entity';

const RECOVERY_CODES = 10;

export interface SecondFactorSetup {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

/** TOTP (RFC 6238) with one-time recovery codes; the seed is stored encrypted. */
@Injectable()
export class SecondFactorService {
  private readonly encryption: Encryption;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.encryption = new Encryption(config.get('DATA_ENCRYPTION_KEY'));
  }

  /** Starts (or restarts) setup: a new seed, not active until a code from it is confirmed. */
  async begin(userId: string): Promise<SecondFactorSetup> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (user.totpEnabledAt) throw new AppException('conflict', HttpStatus.CONFLICT);
    const secret = generateSecret();
    await this.dataSource.getRepository(User).update({ id: userId }, { totpSecretEncrypted: this.encryption.encrypt(secret) });
    const otpauthUrl = generateURI({ issuer: 'Skema', label: user.email, secret });
    return { secret, otpauthUrl, qrCodeDataUrl: await toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
  }

  /** Confirms setup with a first code; returns the recovery codes, shown once. */
  async enable(userId: string, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const secret = await this.secretOf(manager, userId);
      if (!secret || !(await this.codeMatches(secret, code))) throw new AppException('second_factor_invalid', HttpStatus.BAD_REQUEST);
      await manager.update(User, { id: userId }, { totpEnabledAt: new Date() });
      await manager.delete(RecoveryCode, { userId });
      const codes = Array.from({ length: RECOVERY_CODES }, () => formatRecoveryCode(randomToken()));
      await manager.insert(
        RecoveryCode,
        codes.map((c) => ({ userId, codeHash: sha256(normaliseRecoveryCode(c)), usedAt: null })),
      );
      return codes;
    });
  }

  async disable(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(User, { id: userId }, { totpEnabledAt: null, totpSecretEncrypted: null });
    await manager.delete(RecoveryCode, { userId });
  }

  /** A current TOTP code, or an unused recovery code (which is then spent). */
  async check(manager: EntityManager, userId: string, otp: string): Promise<boolean> {
    const secret = await this.secretOf(manager, userId);
    if (secret && /^\d{6}$/.test(otp.trim()) && (await this.codeMatches(secret, otp.trim()))) return true;
    const spent = await manager.update(
      RecoveryCode,
      { userId, codeHash: sha256(normaliseRecoveryCode(otp)), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return (spent.affected ?? 0) === 1;
  }

  private async secretOf(manager: EntityManager, userId: string): Promise<string | null> {
    const row = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.totpSecretEncrypted', 'secret')
      .where('u.id = :userId', { userId })
      .getRawOne<{ secret: string | null }>();
    return row?.secret ? this.encryption.decrypt(row.secret) : null;
  }

  private async codeMatches(secret: string, token: string): Promise<boolean> {
    // One step of tolerance either side: phones' clocks drift.
    return (await verify({ secret, token, epochTolerance: 30 })).valid;
  }
}

function formatRecoveryCode(random: string): string {
  const code = random.replace(/[^a-zA-Z0-9]/g, '').slice(0, 10).toLowerCase();
  return `${code.slice(0, 5)}-${code.slice(5, 10)}`;
}

function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
}
