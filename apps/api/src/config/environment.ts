/* eslint-disable @typescript-eslint/no-inferrable-types -- class-transformer needs the explicit types to convert env strings */
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min, MinLength, ValidationError, validateSync } from 'class-validator';

/** Reads the raw string (implicit conversion would turn "false" into true). */
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  if (typeof raw !== 'string') return raw;
  const normalised = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalised)) return true;
  if (['0', 'false', 'no', 'off'].includes(normalised)) return false;
  return raw;
};

/**
 * Every setting the API reads, with its default and its rule. The API refuses to start when one is
 * wrong, naming the variable and what is expected (see `validateEnvironment`).
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST: string = '0.0.0.0';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/skema';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several environments (or test files) can share one Redis. */
  @Matches(/^[a-z0-9:_-]{1,64}$/i, { message: 'QUEUE_PREFIX must be 1-64 letters, digits, ":", "_" or "-"' })
  QUEUE_PREFIX: string = 'skema';

  /** Run the BullMQ workers inside the API process (true) or only in `worker.js` processes (false). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKERS: boolean = true;

  /**
   * Trust X-Forwarded-For / -Proto from a reverse proxy. Only when one stands in front: otherwise any
   * client could pick its own address and slip past the per-client rate limits.
   */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY: boolean = false;

  /** Apply pending migrations when the API starts. */
  @Transform(toBoolean)
  @IsBoolean()
  MIGRATIONS_RUN: boolean = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Comma-separated origins allowed to call the API from a browser; empty = same origin only. */
  @IsString()
  CORS_ORIGINS: string = '';

  /** Folder of the built portal that the API serves at `/`; empty disables serving it. */
  @IsString()
  PORTAL_DIST: string = 'dist/apps/portal/browser';

  /** Requests per minute per client before 429 (login gets a stricter limit of its own). */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = 300;

  /** How often the housekeeping heartbeat job runs. */
  @IsInt()
  @Min(1000)
  HOUSEKEEPING_INTERVAL_MS: number = 60_000;

  /** Signs access tokens (HS256). At least 32 characters; production must set its own. */
  @MinLength(32)
  JWT_SECRET: string = 'development-only-secret-change-me-0123456789';

  /** Encrypts secrets at rest (TOTP seeds, beneficiaries' private notes): 32 bytes as 64 hex digits. */
  @Matches(/^[0-9a-f]{64}$/i, { message: 'DATA_ENCRYPTION_KEY must be 64 hexadecimal digits (32 bytes)' })
  DATA_ENCRYPTION_KEY: string = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

  /** The portal's public address, for links in e-mails. */
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL: string = 'http://localhost:3000';

  /** SMTP server for e-mails (smtp://user:pass@host:port); empty = write .eml files into MAIL_DIR. */
  @Matches(/^(smtps?:\/\/\S+)?$/, { message: 'SMTP_URL must be empty or an smtp:// URL' })
  SMTP_URL: string = '';

  @IsString()
  MAIL_FROM: string = 'Skema <no-reply@skema.test>';

  /** Where development e-mails are written as .eml files when SMTP_URL is empty. */
  @IsString()
  MAIL_DIR: string = '.data/mail';

  /** Where uploaded attachments and generated documents (receipts) are kept on disk. */
  @IsString()
  @MinLength(1)
  STORAGE_DIR: string = '.data/files';

  /** Shown in `/api/info` and the portal footer; the release pipeline sets it. */
  @IsString()
  APP_VERSION: string = '0.1.0';
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Skema cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Validates and types the environment; used by `ConfigModule.forRoot({ validate })`. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.keys(new Environment());
  const relevant = Object.fromEntries(Object.entries(raw).filter(([key]) => known.includes(key)));
  const env = plainToInstance(Environment, relevant, { enableImplicitConversion: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (env.NODE_ENV === 'production') {
    // Development defaults must never protect real data.
    const insecure = (['JWT_SECRET', 'DATA_ENCRYPTION_KEY'] as const).filter((key) => env[key] === new Environment()[key]);
    for (const key of insecure) {
      errors.push(Object.assign(new ValidationError(), { property: key, constraints: { production: `${key} must be set in production` } }));
    }
  }
  if (errors.length > 0) {
    throw new InvalidEnvironmentError(
      errors.map((e) => {
        const got = JSON.stringify(raw[e.property]);
        return `${e.property}=${got}: ${Object.values(e.constraints ?? {}).join('; ')}`;
      }),
    );
  }
  return env;
}
