import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '../../src/database/schema-drift';
import { typeOrmOptions } from '../../src/database/typeorm-options';
import { createEmptyDatabase, type TestDatabase } from '../utils/test-database';

const tables = async (db: DataSource) =>
  (
    await db.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )
  ).map((r) => r.table_name);

describe('migrations on an empty database', () => {
  let empty: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    empty = await createEmptyDatabase();
    db = await new DataSource(typeOrmOptions(empty.url, { logging: false })).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await empty.drop();
  });

  it('go up: every table, the four regions, and entities that agree with them', async () => {
    await db.runMigrations({ transaction: 'each' });
    expect(await tables(db)).toEqual(
      expect.arrayContaining(['migrations', 'organisation_regions', 'organisations', 'regions', 'user_roles', 'users', 'worker_heartbeats']),
    );
    expect(await db.query(`SELECT code FROM regions ORDER BY sort_order`)).toEqual([
      { code: 'TIR' },
      { code: 'KUK' },
      { code: 'DIB' },
      { code: 'SAR' },
    ]);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('keep every CHECK list as the entities declare it (TypeORM cannot see a changed CHECK)', async () => {
    const missing: string[] = [];
    for (const metadata of db.entityMetadatas) {
      for (const check of metadata.checks) {
        const [row] = await db.query<{ def: string }[]>(
          `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`,
          [check.name],
        );
        if (!row) {
          missing.push(`${check.name}: not in the database`);
          continue;
        }
        for (const literal of check.expression!.match(/'[^']*'/g) ?? []) {
          if (!row.def.includes(literal)) missing.push(`${check.name}: ${literal}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('go down completely, then up again', async () => {
    while ((await db.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables(db)).toEqual(['migrations']);
    await db.runMigrations({ transaction: 'each' });
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('hold invariants in the database too', async () => {
    await expect(db.query(`INSERT INTO regions (code, name_sq, name_en, sort_order) VALUES ('XXX', 'x', 'x', 9)`)).rejects.toThrow(
      /regions_code_known/,
    );
    await expect(
      db.query(`INSERT INTO users (email, display_name, password_hash) VALUES ('Upper@Case.test', 'x', 'x')`),
    ).rejects.toThrow(/users_email_lowercase/);
  });
});
