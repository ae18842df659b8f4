// The system under end-to-end test: the built API serving the built portal, on a throw-away
// database seeded with demo data and its own Redis key prefix. Started and stopped by Playwright.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, run, say, TOOL_ENV } from './lib/run.mjs';

const port = process.env.E2E_PORT ?? '4310';
const server = new URL(process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const name = `skema_e2e_${randomBytes(4).toString('hex')}`;
const admin = async (sql) => {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

await admin(`CREATE DATABASE "${name}"`);
const url = new URL(server);
url.pathname = `/${name}`;
const env = {
  ...TOOL_ENV,
  NODE_ENV: 'production',
  DATABASE_URL: url.toString(),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: name,
  PORT: port,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  PORTAL_DIST: join(ROOT, 'dist/apps/portal/browser'),
  RATE_LIMIT_PER_MINUTE: '10000',
  // The journeys play several people from one machine, each with its own X-Forwarded-For.
  TRUST_PROXY: 'true',
  JWT_SECRET: randomBytes(48).toString('base64url'),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  MAIL_DIR: process.env.E2E_MAIL_DIR ?? join(ROOT, 'tmp/e2e-mail'),
};
if ((await run('node', ['dist/apps/api/cli.js', 'seed'], { env })) !== 0) process.exit(1);
const api = spawn('node', ['dist/apps/api/main.js'], { cwd: ROOT, env, stdio: 'inherit' });
say(`e2e: API and portal on http://127.0.0.1:${port} (database ${name})`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode === null ? api.on('exit', r) : r()));
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
api.on('exit', () => void stop());
