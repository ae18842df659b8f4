/**
 * Facts the runner records next to its numbers: per-process CPU time and the package versions
 * that were actually measured.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
