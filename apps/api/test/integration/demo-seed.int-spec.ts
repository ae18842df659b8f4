import { getDataSourceToken } from '@nestjs/typeorm';
import { verify } from 'argon2';
import type { DataSource } from 'typeorm';
import { User } from '../../src/app/users/entities/user.entity';
import { DEMO_PASSWORD } from '../../src/database/seeds/demo-data';
import { seedDemoData } from '../../src/database/seeds/demo-seed';
import { createTestApp, type TestApp } from '../utils/test-app';

const KEY = 'ab'.repeat(32);

describe('demo seed', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  it('fills an empty database once, with one account per role and the CSOs of the field', async () => {
    expect(await seedDemoData(db, KEY)).toEqual({ seeded: true, organisations: 10, users: 11 });
    expect(await seedDemoData(db, KEY)).toEqual({ seeded: false, organisations: 0, users: 0 });
    const roles = await db.query<{ role: string }[]>(`SELECT DISTINCT role FROM user_roles ORDER BY role`);
    expect(roles.map((r) => r.role)).toEqual([
      'admin',
      'applicant',
      'evaluator',
      'finance_officer',
      'programme_manager',
      'reporting_officer',
    ]);
    const applicant = await db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organisation', 'o')
      .leftJoinAndSelect('o.regions', 'r')
      .where('u.email = :email', { email: 'applicant@vma-kukes.test' })
      .getOneOrFail();
    expect(applicant.organisation?.legalName).toBe('Shoqata e Viktimave të Minave dhe Armëve');
    expect(applicant.organisation?.regions.map((r) => r.code)).toEqual(['KUK']);
    expect(applicant.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verify(applicant.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });
});
