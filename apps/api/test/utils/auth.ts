import { getDataSourceToken } from '@nestjs/typeorm';
import type { Role, SessionDto } from '@skema/contracts';
import { hash } from 'argon2';
import { generate } from 'otplib';
import type { DataSource } from 'typeorm';
import { Organisation } from '../../src/app/organisations/entities/organisation.entity';
import { User } from '../../src/app/users/entities/user.entity';
import { Encryption } from '../../src/common/security/encryption';
import { AppConfig } from '../../src/config/app-config.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Lumi-Drini-Bjeshke-42';
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let counter = 0;
let passwordHash: Promise<string> | undefined;

export interface TestUserOptions {
  roles?: Role[];
  organisationId?: string | null;
  confirmed?: boolean;
  /** Turn on TOTP with TEST_TOTP_SECRET (required for finance officers, programme managers, admins). */
  secondFactor?: boolean;
  email?: string;
}

/** A person in the test database, with TEST_PASSWORD; staff who need a second factor get one by default. */
export async function createUser(t: TestApp, options: TestUserOptions = {}): Promise<User> {
  const db = t.app.get<DataSource>(getDataSourceToken());
  const roles = options.roles ?? ['applicant'];
  const needsTotp = options.secondFactor ?? roles.some((r) => ['finance_officer', 'programme_manager', 'admin'].includes(r));
  const encryption = new Encryption(t.app.get(AppConfig).get('DATA_ENCRYPTION_KEY'));
  counter += 1;
  return db.getRepository(User).save({
    email: options.email ?? `person${counter}.${Date.now()}@test.skema`,
    displayName: `Person ${counter}`,
    locale: 'sq',
    passwordHash: await (passwordHash ??= hash(TEST_PASSWORD)),
    emailConfirmedAt: options.confirmed === false ? null : new Date(),
    organisationId: options.organisationId ?? null,
    roles: roles.map((role) => ({ role })) as User['roles'],
    ...(needsTotp ? { totpSecretEncrypted: encryption.encrypt(TEST_TOTP_SECRET), totpEnabledAt: new Date() } : {}),
  });
}

export async function createOrganisation(t: TestApp, name = 'Qendra Test', options: { verified?: boolean } = {}): Promise<Organisation> {
  const db = t.app.get<DataSource>(getDataSourceToken());
  counter += 1;
  return db.getRepository(Organisation).save({
    legalName: `${name} ${counter}`,
    acronym: null,
    registrationNumber: `L${String(10_000_000 + counter * 7919 + (Date.now() % 1000)).slice(-8)}A`,
    legalForm: 'association',
    email: `org${counter}@test.skema`,
    phone: null,
    address: 'Rruga e Kavajës, Tiranë',
    areasOfWork: ['employment'],
    iban: null,
    verifiedAt: options.verified === false ? null : new Date(),
    verifiedBy: null,
    regions: [],
  });
}

export const totpNow = () => generate({ secret: TEST_TOTP_SECRET });

export interface SignedInUser {
  session: SessionDto;
  headers: { authorization: string };
  refreshCookie: string;
}

/** Signs in through the real endpoint (with a TOTP code when the person has one). */
export async function signIn(t: TestApp, user: Pick<User, 'email'> & { totpEnabledAt?: Date | null }): Promise<SignedInUser> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: TEST_PASSWORD, ...(user.totpEnabledAt ? { otp: await totpNow() } : {}) },
    remoteAddress: `10.${counter % 250}.0.1`,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const session = res.json<SessionDto>();
  const cookie = res.cookies.find((c) => c.name === 'skema_refresh');
  return { session, headers: { authorization: `Bearer ${session.accessToken}` }, refreshCookie: cookie?.value ?? '' };
}

/** The link of the latest e-mail of a kind to a person, read from the outbox (what the e-mail will say). */
export async function latestEmailLink(t: TestApp, userId: string, kind: string): Promise<string> {
  const db = t.app.get<DataSource>(getDataSourceToken());
  const [row] = await db.query<{ link: string }[]>(
    `SELECT payload->>'link' AS link FROM outbox_messages
      WHERE payload->>'userId' = $1 AND payload->>'kind' = $2 ORDER BY id DESC LIMIT 1`,
    [userId, kind],
  );
  if (!row) throw new Error(`no ${kind} e-mail for ${userId}`);
  return row.link;
}

export const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token') ?? '';
