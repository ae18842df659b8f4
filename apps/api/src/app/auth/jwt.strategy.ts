import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, Role } from '@skema/contracts';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app-config.service';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

interface Row {
  id: string;
  email: string;
  locale: Locale;
  organisation_id: string | null;
  totp_enabled: boolean;
  roles: Role[];
}

/**
 * Verifies the bearer token (HS256, ≤ 15 minutes) and then that its session is still live and the
 * person still active, so signing out or a revoked role takes effect at once, not at token expiry.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.get('JWT_SECRET'),
      algorithms: ['HS256'],
      issuer: 'skema',
      audience: 'skema-api',
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthenticatedUser | false> {
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT u.id, u.email, u.locale, u.organisation_id, u.totp_enabled_at IS NOT NULL AS totp_enabled,
              COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
         FROM users u
         JOIN sessions s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL AND s.absolute_expires_at > now()
         LEFT JOIN user_roles r ON r.user_id = u.id
        WHERE u.id = $1 AND u.is_active
        GROUP BY u.id`,
      [payload.sub, payload.sid],
    );
    if (!row) return false;
    return {
      id: row.id,
      email: row.email,
      locale: row.locale,
      organisationId: row.organisation_id,
      roles: row.roles,
      sessionId: payload.sid,
      twoFactorEnabled: row.totp_enabled,
    };
  }
}
