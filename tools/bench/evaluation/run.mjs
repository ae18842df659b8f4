// `npm run bench:evaluation`: seeds a throw-away database with one call in evaluation at 100× the
// scheme (10,000 applications in 4 lots, 3 submitted PRAG sheets each), measures the ranking of the
// whole call in the database (ConsolidationReader + rankLot, then the results service), starts the
// built API on loopback and measures GET /api/calls/:id/ranking as a programme manager at 1 and 10
// concurrent clients: requests/s and p50/p95/p99 latency. Talks only to 127.0.0.1; stops what it started.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from 'argon2';
import { generate } from 'otplib';
import pg from 'pg';
import { ROOT, run, say, TOOL_ENV } from '../../lib/run.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name, variable, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : (process.env[variable] ?? fallback);
};
const DEFAULT_DIST = 'dist/apps/api';
const DIST = resolve(ROOT, option('api-dist', 'BENCH_API_DIST', DEFAULT_DIST));
const PORT = Number(option('port', 'BENCH_PORT', 4410));
const BASE = `http://127.0.0.1:${PORT}`;
const DB = 'skema_bench_evaluation';
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(option('seconds', 'BENCH_SECONDS', 30));
const RUNS = Number(option('runs', 'BENCH_RUNS', 20));
const CONCURRENCIES = String(option('concurrency', 'BENCH_CONCURRENCY', '1,10'))
  .split(',')
  .map(Number);
const PASSWORD = 'Bench-Passphrase-2026!';
const DEMO_TOTP = 'SKEMADEMOTOTPSEEDXK7Q2MVBLUMIDRN';

// The in-database part runs the API's own TypeScript (reader, domain, results service) through ts-node.
process.env.BENCH_DB = DB; // whose PostgreSQL backends the neighbour meter counts as ours
const require = createRequire(import.meta.url);
require('ts-node').register({ transpileOnly: true, project: join(here, 'tsconfig.json') });
const { paths } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions;
require('tsconfig-paths').register({ baseUrl: ROOT, paths });
const { seedEvaluationAtScale, SCALE } = require('./seed.ts');
const { rankingInDatabase } = require('./ranking-in-db.ts');
const { cpuUs, neighbourMeter } = require('../http-adapter/probe.ts');

const dbUrl = (name) => Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();
async function sql(url, text, params) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => value.toFixed(1);

/** Fixed concurrency for a fixed time; every latency kept, so percentiles are exact (as bench:applications). */
async function measure(name, concurrency, request, serverPid) {
  const latencies = [];
  let errors = 0;
  const sizes = [];
  const other = neighbourMeter(serverPid);
  const cpu0 = cpuUs(serverPid);
  const started = Date.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        const res = await request();
        sizes.push((await res.arrayBuffer()).byteLength);
        latencies.push(performance.now() - t0);
        if (!res.ok) errors += 1;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    concurrency,
    requests: latencies.length,
    perSecond: (latencies.length / elapsed).toFixed(1),
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    errors,
    // One figure when every response had the same size (as it should: nothing changes meanwhile).
    megabytes: [...new Set([Math.min(...sizes), Math.max(...sizes)])].map((b) => (b / 1e6).toFixed(2)).join('–'),
    cpuMs: ms((cpuUs(serverPid) - cpu0) / 1000 / latencies.length),
    other: other().toFixed(2),
  };
}

async function signIn(email, otp) {
  const res = await fetch(`${BASE}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1' },
    body: JSON.stringify({ email, password: email.endsWith('@bench.test') ? PASSWORD : 'Skema-Demo-2026!', otp }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function apiBuild() {
  if (existsSync(join(DIST, 'main.js'))) return;
  if (relative(ROOT, DIST) !== DEFAULT_DIST) {
    throw new Error(`no API build in ${DIST}: build one with \`npx nx build api\` (or see README.md here)`);
  }
  if ((await run('npx', ['nx', 'build', 'api'])) !== 0) throw new Error('build failed');
}

/** The in-database stages: p50/p95 over the runs. */
function stageTable(stages) {
  const rows = stages.map((s) => {
    const sorted = [...s.runs].sort((a, b) => a - b);
    const [min, max] = [sorted[0], sorted[sorted.length - 1]];
    const cells = [s.name, s.runs.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(min), ms(max)];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| stage | runs | p50 ms | p95 ms | min ms | max ms |', '|---|--:|--:|--:|--:|--:|', ...rows].join('\n');
}

const HTTP_COLUMNS = {
  endpoint: 'name',
  clients: 'concurrency',
  requests: 'requests',
  'req/s': 'perSecond',
  'p50 ms': 'p50',
  'p95 ms': 'p95',
  'p99 ms': 'p99',
  errors: 'errors',
  'MB/response': 'megabytes',
  'server CPU ms/req': 'cpuMs',
  'other load': 'other',
};

function httpTable(rows) {
  const head = `| ${Object.keys(HTTP_COLUMNS).join(' | ')} |`;
  const body = rows.map(
    (r) =>
      `| ${Object.values(HTTP_COLUMNS)
        .map((field) => r[field])
        .join(' | ')} |`,
  );
  return [head, '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|', ...body].join('\n');
}

async function measureApi(env, callId) {
  const api = spawn('node', [join(DIST, 'main.js')], { cwd: ROOT, env, stdio: 'inherit' });
  try {
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i += 1
    ) {
      await new Promise((r) => setTimeout(r, 300));
    }
    const pm = await signIn('pm@skema.test', await generate({ secret: DEMO_TOTP }));
    const request = () => fetch(`${BASE}/api/calls/${callId}/ranking`, { headers: { authorization: `Bearer ${pm}` } });
    const probe = await request();
    const body = await probe.text();
    if (probe.status === 404) return { missing: 'GET /api/calls/:id/ranking answered 404 (not in this build)' };
    if (!probe.ok) throw new Error(`GET /ranking answered ${probe.status}: ${body.slice(0, 300)}`);
    const lots = JSON.parse(body)
      .lots.map((l) => `${l.regionCode} ${l.entries.length}`)
      .join(', ');
    for (let i = 0; i < 3; i += 1) await (await request()).arrayBuffer(); // warm-up
    const rows = [];
    for (const concurrency of CONCURRENCIES) {
      rows.push(await measure('GET /api/calls/:id/ranking (programme manager)', concurrency, request, api.pid));
    }
    return { rows, lots };
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => (api.exitCode === null ? api.on('exit', r) : r()));
  }
}

async function main() {
  await apiBuild();
  await sql(SERVER, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await sql(SERVER, `CREATE DATABASE "${DB}"`);
  const storage = mkdtempSync(join(tmpdir(), 'skema-bench-evaluation-'));
  const env = {
    ...TOOL_ENV,
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl(DB),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PORTAL_DIST: '',
    RUN_WORKERS: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    TRUST_PROXY: 'true',
    QUEUE_PREFIX: DB,
    STORAGE_DIR: storage,
    // A build outside the repository (BENCH_API_DIST) still finds the repository's node_modules.
    NODE_PATH: join(ROOT, 'node_modules'),
  };
  try {
    if ((await run('node', [join(DIST, 'cli.js'), 'seed'], { env })) !== 0) throw new Error('seed failed');
    const seeding = Date.now();
    const client = new pg.Client({ connectionString: dbUrl(DB) });
    await client.connect();
    const call = await seedEvaluationAtScale(client, await hash(PASSWORD)).finally(() => client.end());
    await sql(dbUrl(DB), 'VACUUM ANALYZE');
    say(`seeded call ${call.reference} in ${((Date.now() - seeding) / 1000).toFixed(0)} s`);

    const inDb = await rankingInDatabase(dbUrl(DB), call.id, RUNS);
    say(`ranking in the database:\n${stageTable(inDb.stages)}`);
    const http = await measureApi(env, call.id);
    const [size] = await sql(dbUrl(DB), `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    const count = (n) => n.toLocaleString('en');
    const report = [
      '# Evaluation ranking at 100× scale',
      '',
      `Measured ${new Date().toISOString()} on a 2-core machine: one call, 4 lots, ${count(SCALE.applications)} ` +
        `applications of ${count(SCALE.organisations)} CSOs, ${SCALE.perApplication} submitted PRAG sheets ` +
        `(15 criteria) each from ${SCALE.evaluators} evaluators; database ${size.size}; loopback, ${process.version}.`,
      '',
      `Consolidations: ${JSON.stringify(inDb.consolidation)}. Ranking: ${JSON.stringify(inDb.outcome)}.`,
      '',
      '## In the database (no HTTP)',
      '',
      stageTable(inDb.stages),
      '',
      '## Through the API',
      '',
      http.missing
        ? `Not measured: ${http.missing}. Re-run once the results endpoint is built.`
        : `${httpTable(http.rows)}\n\nEntries per lot: ${http.lots}. ${SECONDS} s per row after 3 warm-up requests. ` +
          '"other load" is the cores used by processes outside the benchmark meanwhile (see ../http-adapter).',
      '',
    ].join('\n');
    writeFileSync(join(here, 'results.md'), report);
    process.stdout.write(`\n${report}`);
  } finally {
    await sql(SERVER, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
    rmSync(storage, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    say(`bench failed: ${error.message}`);
    process.exit(1);
  },
);
