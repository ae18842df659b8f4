import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { GENESIS_HASH } from '../../src/app/audit/audit-hash';
import { AuditVerifier, describeVerification } from '../../src/app/audit/audit-verifier';
import { Organisation } from '../../src/app/organisations/entities/organisation.entity';
import { createTestApp, type TestApp } from '../utils/test-app';

/** The log is one unbroken chain, the database refuses to rewrite it, and verification finds tampering. */
describe('audit trail: the hash chain', () => {
  let t: TestApp;
  let db: DataSource;
  let verifier: AuditVerifier;

  /** A direct connection as the superuser (who also owns the table), outside the app. */
  const asSuperuser = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const superuser = new Client({ connectionString: t.db.url });
    await superuser.connect();
    try {
      return await work(superuser);
    } finally {
      await superuser.end();
    }
  };

  /** Tampering as only a superuser could: the append-only trigger switched off around one statement. */
  const tamper = (sql: string, params: unknown[] = []) =>
    asSuperuser(async (client) => {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await client.query(sql, params);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await client.query('COMMIT');
    });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    verifier = t.app.get(AuditVerifier);
  });
  afterAll(() => t.close());

  it('starts empty and intact', async () => {
    expect(await verifier.verify()).toEqual({ intact: true, entries: 0 });
  });

  it('stays linear under 20 concurrent transactions, and verifies in batches', async () => {
    const repository = db.getRepository(Organisation);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (manager) => {
          const organisation = await manager.save(
            repository.create({
              legalName: `Organizata ${i}`,
              registrationNumber: `K${String(i).padStart(8, '0')}C`,
              legalForm: 'foundation',
              email: `org${i}@skema.test`,
              regions: [],
            }),
          );
          organisation.acronym = `O${i}`;
          await manager.save(organisation);
        }),
      ),
    );
    const rows = await db.query<{ id: string; prev_hash: string; hash: string; action: string }[]>(
      `SELECT id::text AS id, prev_hash, hash, action FROM audit_log ORDER BY audit_log.id`,
    );
    expect(rows).toHaveLength(40);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
    // Each transaction's insert and update are adjacent: the lock is held until its commit.
    for (let i = 0; i < rows.length; i += 2) expect([rows[i]?.action, rows[i + 1]?.action]).toEqual(['insert', 'update']);
    expect(await verifier.verify({ batchSize: 7 })).toEqual({ intact: true, entries: 40 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database, even to the table owner', async () => {
    await asSuperuser(async (client) => {
      await expect(client.query(`UPDATE audit_log SET actor_label = 'someone else'`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(client.query(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`)).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(client.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    });
    expect(await verifier.verify()).toEqual({ intact: true, entries: 40 });
  });

  it('names an edited entry, and the entry after a deleted one', async () => {
    const [{ id: edited, after } = { id: '', after: {} }] = await db.query<{ id: string; after: object }[]>(
      `SELECT id::text AS id, after FROM audit_log ORDER BY audit_log.id OFFSET 12 LIMIT 1`,
    );
    await tamper(`UPDATE audit_log SET after = jsonb_set(after, '{legal_name}', '"Organizata e falsifikuar"') WHERE id = $1`, [edited]);
    const broken = await verifier.verify({ batchSize: 5 });
    expect(broken).toMatchObject({ intact: false, entries: 12, broken: { id: edited, field: 'hash' } });
    expect(describeVerification(broken)).toMatch(new RegExp(`^audit chain broken at entry #${edited} \\(expected hash [0-9a-f]{64}, found [0-9a-f]{64}\\)$`));

    // Put it back: the chain is whole again, which shows the verdict is about content, not metadata.
    await tamper(`UPDATE audit_log SET after = $2::jsonb WHERE id = $1`, [edited, JSON.stringify(after)]);
    expect(await verifier.verify()).toEqual({ intact: true, entries: 40 });

    const [{ id: removed } = { id: '' }] = await db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM audit_log ORDER BY audit_log.id OFFSET 30 LIMIT 1`,
    );
    await tamper(`DELETE FROM audit_log WHERE id = $1`, [removed]);
    const [{ next } = { next: '' }] = await db.query<{ next: string }[]>(
      `SELECT min(id)::text AS next FROM audit_log WHERE id > $1`,
      [removed],
    );
    expect(await verifier.verify()).toMatchObject({ intact: false, entries: 30, broken: { id: next, field: 'prev_hash' } });
  });
});
