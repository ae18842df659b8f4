// Finds PostgreSQL and Redis, or starts them: the local service if installed, else an embedded
// PostgreSQL (PGlite over the wire protocol) and Debian's redis-server. Says what it did.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { commandExists, ensureDebianPackage, ROOT, runSync, say } from './run.mjs';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/skema';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function portOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

async function waitForPort(host, port, seconds) {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (await portOpen(host, port, 200)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const hostPort = (url, fallbackPort) => {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || fallbackPort) };
};

/** Returns { url, children } for PostgreSQL; `children` are processes we started and must stop. */
export async function ensurePostgres(url, { embeddedDataDir } = {}) {
  const { host, port } = hostPort(url, 5432);
  if (await portOpen(host, port)) return { url, children: [], how: `PostgreSQL at ${host}:${port}` };
  if (commandExists('pg_lsclusters') && ['127.0.0.1', 'localhost'].includes(host)) {
    say('PostgreSQL is not running: starting the local cluster…');
    const clusters = runSync('sh', ['-c', `pg_lsclusters -h | awk '{print $1}' | head -n1 | xargs -I{} pg_ctlcluster --skip-systemctl-redirect {} main start`]);
    if (clusters === 0 && (await waitForPort(host, port, 15))) {
      return { url, children: [], how: `local PostgreSQL cluster, started at ${host}:${port}` };
    }
  }
  if (!embeddedDataDir) throw new Error(`PostgreSQL is not reachable at ${host}:${port}`);
  const embeddedPort = 54329;
  say(`no PostgreSQL found: starting an embedded one (PGlite) on 127.0.0.1:${embeddedPort}, data in ${embeddedDataDir}`);
  mkdirSync(embeddedDataDir, { recursive: true });
  const child = spawn(process.execPath, [join(ROOT, 'tools/embedded-postgres.mjs'), embeddedDataDir, String(embeddedPort)], {
    stdio: 'inherit',
  });
  if (!(await waitForPort('127.0.0.1', embeddedPort, 30))) throw new Error('the embedded PostgreSQL did not start');
  return {
    url: `postgres://postgres@127.0.0.1:${embeddedPort}/postgres`,
    children: [child],
    how: `embedded PostgreSQL (PGlite) on 127.0.0.1:${embeddedPort}`,
    embedded: true,
  };
}

export async function ensureRedis(url) {
  const { host, port } = hostPort(url, 6379);
  if (await portOpen(host, port)) return { url, children: [], how: `Redis at ${host}:${port}` };
  if (!['127.0.0.1', 'localhost'].includes(host)) throw new Error(`Redis is not reachable at ${host}:${port}`);
  if (!ensureDebianPackage('redis-server', 'redis-server')) {
    throw new Error('Redis is not running and redis-server is not installed (apt-get install redis-server)');
  }
  say(`Redis is not running: starting redis-server on ${host}:${port} (in memory, stopped with this command)`);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  if (!(await waitForPort(host, port, 15))) throw new Error('redis-server did not start');
  return { url, children: [child], how: `redis-server started on ${host}:${port}` };
}

/** Creates the database named in the URL when it does not exist (needs `pg`, so after npm ci). */
export async function ensureDatabase(url) {
  const { default: pg } = await import('pg');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      say(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

export function stopAll(children) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
