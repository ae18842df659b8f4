// `npm start`: install, find or start PostgreSQL and Redis, build, migrate, seed an empty database
// with demo data, and serve the portal and the API on one URL. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, ROOT, run, say, TOOL_ENV } from './lib/run.mjs';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, ensureDatabase, ensurePostgres, ensureRedis, stopAll } from './lib/services.mjs';

const children = [];
const shutdown = (code) => {
  stopAll(children);
  process.exit(code);
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  await ensureDependencies();
  const postgres = await ensurePostgres(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, {
    embeddedDataDir: join(ROOT, '.data/pglite'),
  });
  children.push(...postgres.children);
  say(`database: ${postgres.how}`);
  if (!postgres.embedded) await ensureDatabase(postgres.url);
  const redis = await ensureRedis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
  children.push(...redis.children);
  say(`queues: ${redis.how}`);

  if (!process.env.SKEMA_SKIP_BUILD) {
    say('building the API and the portal (production)…');
    if ((await run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--configuration=production'])) !== 0) {
      throw new Error('the build failed');
    }
  }
  const env = {
    ...TOOL_ENV,
    ...localSecrets(),
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PORT: process.env.PORT ?? '3000',
    PORTAL_DIST: join(ROOT, 'dist/apps/portal/browser'),
  };
  say('applying migrations and seeding demo data when the database is empty…');
  if ((await run('node', ['dist/apps/api/cli.js', 'seed'], { env })) !== 0) throw new Error('migration or seed failed');

  const api = spawn('node', ['dist/apps/api/main.js'], { cwd: ROOT, env, stdio: 'inherit' });
  children.push(api);
  api.on('exit', (code) => shutdown(code ?? 0));
  const url = `http://localhost:${env.PORT}`;
  await waitForHealth(`${url}/api/health`);
  say(`
  Skema is running:   ${url}
  API documentation:  ${url}/api/docs
  Queue dashboard:    ${url}/api/admin/queues   (administrators, opened from a signed-in session)

  Demo accounts (password for all: Skema-Demo-2026!). Staff who move money or people's data
  also need a code from an authenticator app with the demo TOTP key SKEMADEMOTOTPSEEDXK7Q2MVBLUMIDRN:
    admin@skema.test            administrator                      (+ TOTP)
    pm@skema.test               programme manager                  (+ TOTP)
    finance@skema.test          finance officer, and finance2@…    (+ TOTP)
    reporting@skema.test        reporting officer
    evaluator1@skema.test       evaluator            (also evaluator2@, evaluator3@)
    applicant@tendryshem.test   applicant of "Të Ndryshëm dhe të Barabartë"

  Press Ctrl-C to stop.`);
}

/**
 * Production mode refuses the development secrets, so a local install gets its own, generated once
 * and kept in .data/secrets.json (never committed); variables set by the caller win.
 */
function localSecrets() {
  const file = join(ROOT, '.data/secrets.json');
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    const secrets = { JWT_SECRET: randomBytes(48).toString('base64url'), DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex') };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  const secrets = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(Object.entries(secrets).map(([key, value]) => [key, process.env[key] ?? value]));
}

async function waitForHealth(url) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(url)).status < 600) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API did not answer at ${url}`);
}

main().catch((error) => {
  say(`could not start: ${error.message}`);
  shutdown(1);
});
