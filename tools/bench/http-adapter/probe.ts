/**
 * Facts the runner records next to its numbers: per-process CPU time and the package versions
 * that were actually measured.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BENCH_DB } from './db';

/**
 * Server CPU time (user + system, µs) from /proc. Throughput on a shared 2-core box moves with
 * whatever else runs there; CPU spent per request by the server process barely does.
 */
const CLK_TCK = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();
export function cpuUs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 on; utime #14, stime #15
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLK_TCK;
  } catch {
    return NaN; // not Linux: the column shows n/a
  }
}

/** Busy CPU of the whole machine (all cores, µs) from the first line of /proc/stat. */
function machineBusyUs(): number {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = f.map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1e6) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** PostgreSQL backends serving the bench database (their title reads "postgres: … <db> <client> …"). */
function benchBackendPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          const title = readFileSync(`/proc/${d}/cmdline`, 'utf8');
          return title.startsWith('postgres:') && title.includes(` ${BENCH_DB} `);
        } catch {
          return false; // exited while we were looking
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * Cores used by everything that is not this benchmark (server, runner + autocannon, the postgres
 * backends of skema_bench) between start and stop. Other people's builds on a shared box are the
 * main noise source, so every sample records how much of it there was.
 */
export function neighbourMeter(serverPid: number | undefined) {
  const t0 = process.hrtime.bigint();
  const busy0 = machineBusyUs();
  const server0 = cpuUs(serverPid);
  const self0 = process.cpuUsage();
  const pg0 = new Map(benchBackendPids().map((p) => [p, cpuUs(p)]));
  return () => {
    const wallUs = Number(process.hrtime.bigint() - t0) / 1e3;
    const self = process.cpuUsage(self0);
    // Backends forked during the window count from zero: pg pools close idle connections after 10 s
    // and reopen them under load, so the new processes are ours too.
    let pg = 0;
    for (const pid of benchBackendPids()) {
      const now = cpuUs(pid);
      if (!Number.isNaN(now)) pg += now - (pg0.get(pid) ?? 0);
    }
    const ours = cpuUs(serverPid) - server0 + self.user + self.system + pg;
    return Math.max(0, (machineBusyUs() - busy0 - ours) / wallUs);
  };
}

/** Versions as Nest actually resolves them (platform-express ships its own nested express). */
function versionOf(pkg: string, from = __dirname): string {
  let dir = dirname(require.resolve(pkg, { paths: [from] }));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (json.name === pkg) return `${pkg} ${json.version}`;
    }
    if (dirname(dir) === dir) return `${pkg} (unknown)`;
    dir = dirname(dir);
  }
}

export function versions(): string {
  const fastifyAdapter = dirname(require.resolve('@nestjs/platform-fastify', { paths: [__dirname] }));
  const expressAdapter = dirname(require.resolve('@nestjs/platform-express', { paths: [__dirname] }));
  return [
    versionOf('@nestjs/core'),
    versionOf('@nestjs/platform-fastify'),
    versionOf('fastify', fastifyAdapter),
    versionOf('@nestjs/platform-express'),
    versionOf('express', expressAdapter),
    versionOf('typeorm'),
    versionOf('pg'),
    versionOf('autocannon'),
  ].join(', ');
}
