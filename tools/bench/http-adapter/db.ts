/**
 * Shared database setup for the HTTP-adapter benchmark: its own database so it never touches
 * application data, seeded once with 10,000 rows so every run reads the same data set.
 */
import { Client } from 'pg';

export const BENCH_DB = process.env.BENCH_DB ?? 'skema_bench';
export const ROW_COUNT = 10_000;
export const PAGE_SIZE = 20;
/** Same pool size for the Nest apps and the raw baseline, so only the HTTP stack differs. */
export const POOL_SIZE = 10;

/** Connection settings; trust auth on loopback, overridable through the usual PG* variables. */
export function pgConfig(database = BENCH_DB) {
  return {
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD,
    database,
  };
}

/** Creates `skema_bench` and seeds `bench_row` if needed; idempotent and cheap when already done. */
export async function ensureSeeded(): Promise<void> {
  const admin = new Client(pgConfig('postgres'));
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB]);
    // CREATE DATABASE cannot take a bind parameter; the name is quoted as an identifier instead.
    if (!rowCount) await admin.query(`CREATE DATABASE "${BENCH_DB.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  const db = new Client(pgConfig());
  await db.connect();
  try {
    await db.query(`CREATE TABLE IF NOT EXISTS bench_row (
      id         integer PRIMARY KEY,
      name       text        NOT NULL,
      score      integer     NOT NULL,
      created_at timestamptz NOT NULL
    )`);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_row');
    if (rows[0].n === ROW_COUNT) return;
    // Deterministic content (no random()) so result sizes are identical between runs and machines.
    await db.query('BEGIN');
    await db.query('TRUNCATE bench_row');
    await db.query(
      `INSERT INTO bench_row (id, name, score, created_at)
       SELECT g, 'row-' || g, (g * 7919) % 1000, timestamptz '2026-01-01' + g * interval '1 minute'
       FROM generate_series(1, $1::int) AS g`,
      [ROW_COUNT],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE bench_row');
  } finally {
    await db.end();
  }
}
