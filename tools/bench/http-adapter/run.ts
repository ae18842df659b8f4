/**
 * HTTP-adapter benchmark runner (ADR docs/decisions/0002-http-adapter.md).
 * For each target (Nest on Fastify, Nest on Express, raw node:http + pg) it starts a fresh child
 * process on 127.0.0.1, warms every route up, measures every route with autocannon, stops the
 * child, and finally prints a markdown table and writes it to results.md next to this file.
 *
 *   npm run bench:http-adapter -- [--duration 10] [--connections 50] [--warmup 3] [--rounds 4]
 *     [--port 3101] [--quiet 0.25] [--quiet-wait 60]        (entry point: run.mjs, see README.md)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PAGE_SIZE, ROW_COUNT, ensureSeeded } from './db';
import { cpuUs, neighbourMeter } from './probe';
import { renderReport, type Sample } from './report';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 50);
const WARMUP = arg('warmup', 3);
// Four rounds: on a shared 2-core box one disturbed run in three still moved the median noticeably.
const ROUNDS = arg('rounds', 4);
const BASE_PORT = arg('port', 3101);
const QUIET = arg('quiet', 0.25); // cores of neighbour load tolerated before a sample starts
const QUIET_WAIT = arg('quiet-wait', 60); // seconds to wait for that at most; 0 disables waiting

const rand = (max: number) => 1 + Math.floor(Math.random() * max);
// Random ids/pages so the PK read and the page query are not one hot row served from a single cache line.
const ROUTES = [
  { name: 'GET /bench/ping', path: () => '/bench/ping' },
  { name: 'GET /bench/rows/:id', path: () => `/bench/rows/${rand(ROW_COUNT)}` },
  { name: 'GET /bench/rows?page=N', path: () => `/bench/rows?page=${rand(ROW_COUNT / PAGE_SIZE)}` },
];
const TARGETS = [
  { name: 'Nest + Fastify', script: 'app.ts', args: ['--adapter', 'fastify'] },
  { name: 'Nest + Express', script: 'app.ts', args: ['--adapter', 'express'] },
  { name: 'raw node:http + pg', script: 'raw.ts', args: [] as string[] },
];
const RAW = TARGETS[2].name;

const samples: Sample[] = [];
const live = new Set<ChildProcess>();

// Never leave a server behind: on any exit path, kill whatever child is still running.
process.on('exit', () => live.forEach((c) => c.kill('SIGKILL')));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));

/** Starts a target as a plain node process (ts-node hook only, no npx wrapper) and waits for READY. */
function start(script: string, args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, script), ...args, '--port', String(port)],
    { env: { ...process.env, TS_NODE_PROJECT: join(__dirname, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  live.add(child);
  child.on('exit', () => live.delete(child));
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} not ready after 60 s:\n${log}`)), 60_000);
    child.stderr?.on('data', (d) => (log += d));
    child.stdout?.on('data', (d) => {
      log += d;
      if (/READY/.test(log)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited early (${code}):\n${log}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000); // graceful close should take < 1 s
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function cannon(port: number, path: () => string, duration: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
  });
}

/**
 * Other people's builds share this box. Before each sample, wait (bounded) until they use less
 * than QUIET cores; the "other load" column then shows whether they actually stayed quiet.
 */
async function settle(pid: number | undefined) {
  for (const deadline = Date.now() + QUIET_WAIT * 1000; Date.now() < deadline; ) {
    const others = neighbourMeter(pid);
    await new Promise((r) => setTimeout(r, 2000));
    if (others() < QUIET) return;
  }
}

async function measure(target: (typeof TARGETS)[number], port: number, round: number) {
  const child = await start(target.script, target.args, port);
  try {
    // Warm-up lets V8 optimise the hot paths and the pg pool open all its connections.
    for (const route of ROUTES) await cannon(port, route.path, WARMUP);
    for (const route of ROUTES) {
      await settle(child.pid);
      const cpuBefore = cpuUs(child.pid);
      const others = neighbourMeter(child.pid);
      const r = await cannon(port, route.path, DURATION);
      const cpu = cpuUs(child.pid) - cpuBefore;
      const s: Sample = {
        round,
        target: target.name,
        route: route.name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        cpuUs: cpu / r.requests.total,
        others: others(),
        bad: r.non2xx + r.errors + r.timeouts,
      };
      samples.push(s);
      console.error(`round ${round} ${s.target.padEnd(20)} ${s.route.padEnd(24)} ${s.rps.toFixed(0).padStart(6)} req/s  p50 ${s.p50} ms  p99 ${s.p99} ms  ${s.cpuUs.toFixed(0)} µs CPU/req  others ${s.others.toFixed(2)} cores  bad ${s.bad}`);
    }
  } finally {
    await stop(child);
  }
}

async function main() {
  await ensureSeeded(); // once up front, so no child seeds while another is being measured
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate the order each round so no target always runs first (cold box) or last (warm box).
    const order = round % 2 ? TARGETS : [...TARGETS].reverse();
    for (const target of order) await measure(target, BASE_PORT + TARGETS.indexOf(target), round);
  }
  const routes = ROUTES.map((r) => r.name);
  const report = renderReport(samples, routes, TARGETS.map((t) => t.name), RAW, {
    command: ['npm run bench:http-adapter', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    duration: DURATION,
    connections: CONNECTIONS,
    warmup: WARMUP,
    rounds: ROUNDS,
    quiet: QUIET,
    quietWait: QUIET_WAIT,
  });
  writeFileSync(join(__dirname, 'results.md'), report);
  console.log(report);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
