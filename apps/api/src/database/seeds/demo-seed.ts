import { ROLES_REQUIRING_SECOND_FACTOR } from '@skema/contracts';
import { hash } from 'argon2';
import type { DataSource } from 'typeorm';
import { Organisation } from '../../app/organisations/entities/organisation.entity';
import { Region } from '../../app/regions/entities/region.entity';
import { User } from '../../app/users/entities/user.entity';
import { ARGON2_OPTIONS } from '../../common/security/password';
import { Encryption } from '../../common/security/encryption';
import type { FileStorage } from '../../common/storage/file-storage';
import { seedDemoCall } from './demo-call';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-data';
import { seedDemoEvaluationCall } from './demo-evaluation-call';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  users: number;
}

/**
 * Fills an empty database with demo data, in one transaction: the open call, and a closed one whose
 * applications wait for evaluation (their documents go to `storage`). A database that already has users
 * is left alone, so running the seed twice (or against real data) changes nothing.
 */
export async function seedDemoData(
  dataSource: DataSource,
  encryptionKey: string,
  storage: FileStorage,
  now = new Date(),
): Promise<SeedResult> {
  const encryption = new Encryption(encryptionKey);
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(User)) > 0) return { seeded: false, organisations: 0, users: 0 };
    const regions = new Map((await manager.find(Region)).map((r) => [r.code, r]));
    const byNumber = new Map<string, Organisation>();
    for (const demo of DEMO_ORGANISATIONS) {
      const { regions: codes, verified, ...fields } = demo;
      const organisation = manager.create(Organisation, {
        ...fields,
        verifiedAt: verified ? new Date('2026-01-15T09:00:00Z') : null,
        regions: codes.map((code) => regions.get(code)).filter((r): r is Region => r !== undefined),
      });
      byNumber.set(demo.registrationNumber, await manager.save(organisation));
    }
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);
    const accounts = new Map<string, User>();
    for (const account of DEMO_ACCOUNTS) {
      const saved = await manager.save(
        manager.create(User, {
          email: account.email,
          displayName: account.displayName,
          locale: account.locale,
          passwordHash,
          organisationId: account.organisation ? (byNumber.get(account.organisation)?.id ?? null) : null,
          roles: account.roles.map((role) => ({ role })),
          emailConfirmedAt: new Date('2026-01-15T09:00:00Z'),
          ...(account.roles.some((role) => ROLES_REQUIRING_SECOND_FACTOR.includes(role))
            ? {
                totpSecretEncrypted: encryption.encrypt(DEMO_TOTP_SECRET),
                totpEnabledAt: new Date('2026-01-15T09:00:00Z'),
              }
            : {}),
        }),
      );
      accounts.set(account.email, saved);
    }
    const managerId = accounts.get('pm@skema.test')?.id ?? null;
    await seedDemoCall(manager, now, managerId);
    await seedDemoEvaluationCall(manager, storage, { now, managerId, users: accounts, organisations: byNumber });
    return { seeded: true, organisations: DEMO_ORGANISATIONS.length, users: DEMO_ACCOUNTS.length };
  });
}
