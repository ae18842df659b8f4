/**
 * Turns the runner's samples into the markdown kept in results.md and quoted by ADR 0002.
 * Medians rather than means: one run disturbed by a neighbour's build should not move the result.
 */
import { cpus } from 'node:os';
import { versions } from './probe';

export interface Sample {
  round: number;
  target: string;
  route: string;
  rps: number;
  p50: number;
  p99: number;
  cpuUs: number; // server CPU per request
  others: number; // cores used outside the benchmark meanwhile
  bad: number; // non-2xx + errors + timeouts
}

export interface Settings {
  command: string;
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  quiet: number;
  quietWait: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fixed = (n: number, digits = 0) => (Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

function mainTable(samples: Sample[], routes: string[], targets: string[], raw: string): string[] {
  const lines = [
    '| Route | Server | req/s (median) | req/s per run | p50 ms | p99 ms | share of raw req/s | server CPU µs/req | other load per run (cores) | non-2xx + errors |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const route of routes) {
    const rawRps = median(samples.filter((s) => s.route === route && s.target === raw).map((s) => s.rps));
    for (const target of targets) {
      const runs = samples.filter((s) => s.route === route && s.target === target);
      const rps = median(runs.map((s) => s.rps));
      lines.push(
        `| \`${route}\` | ${target} | ${fixed(rps)} | ${runs.map((s) => fixed(s.rps)).join(' / ')} | ` +
          `${fixed(median(runs.map((s) => s.p50)), 1)} | ${fixed(median(runs.map((s) => s.p99)), 1)} | ` +
          `${fixed((100 * rps) / rawRps)} % | ${fixed(median(runs.map((s) => s.cpuUs)))} | ` +
          `${runs.map((s) => fixed(s.others, 1)).join(' / ')} | ${runs.reduce((n, s) => n + s.bad, 0)} |`,
      );
    }
  }
  return lines;
}

/**
 * The two adapters run back to back in every round (the order alternates A B raw / raw B A), so a
 * per-round ratio compares runs made under nearly the same background load.
 */
function pairedTable(samples: Sample[], routes: string[], a: string, b: string): string[] {
  const lines = [
    `| Route | ${a} ÷ ${b} req/s, per round | median | ${b} ÷ ${a} server CPU per request, per round | median |`,
    '|---|--:|--:|--:|--:|',
  ];
  for (const route of routes) {
    const pairs = [...new Set(samples.map((s) => s.round))].map((round) => {
      const pick = (t: string) => samples.find((s) => s.round === round && s.route === route && s.target === t);
      const [sa, sb] = [pick(a), pick(b)];
      return sa && sb ? { rps: sa.rps / sb.rps, cpu: sb.cpuUs / sa.cpuUs } : undefined;
    });
    const ok = pairs.filter((p): p is { rps: number; cpu: number } => p !== undefined);
    lines.push(
      `| \`${route}\` | ${ok.map((p) => fixed(p.rps, 2)).join(' / ')} | **${fixed(median(ok.map((p) => p.rps)), 2)}** | ` +
        `${ok.map((p) => fixed(p.cpu, 2)).join(' / ')} | **${fixed(median(ok.map((p) => p.cpu)), 2)}** |`,
    );
  }
  return lines;
}

export function renderReport(samples: Sample[], routes: string[], targets: string[], raw: string, s: Settings): string {
  return [
    '# HTTP adapter benchmark results',
    '',
    `Generated ${new Date().toISOString()} by \`${s.command}\`.`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL on loopback.`,
    `Load: autocannon, ${s.connections} connections, ${s.warmup} s warm-up + ${s.duration} s per route, ` +
      `${s.rounds} rounds in alternating order, fresh server process per round; client, server and database ` +
      `share the machine; each sample waits up to ${s.quietWait} s for other load < ${s.quiet} cores.`,
    `Versions: ${versions()}.`,
    '',
    'Figures are medians over the rounds. "Share of raw" is req/s relative to node:http + pg running the same SQL;',
    '"server CPU µs/req" is user+system CPU of the server process divided by requests served (steadier than req/s',
    'when other processes compete for the cores); "other load" is CPU used by processes outside the benchmark',
    "(other people's builds and tests) during each run, in cores.",
    '',
    ...mainTable(samples, routes, targets, raw),
    '',
    ...pairedTable(samples, routes, targets[0], targets[1]),
    '',
  ].join('\n');
}
