// `npm test`: lint, type-check, unit tests, production builds (with budgets), integration tests
// against the real PostgreSQL and Redis, and end-to-end journeys in headless Chromium. Ends with one
// line `N passed, N failed` and a non-zero exit on any failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackage, ensureDependencies, ROOT, run, say, TOOL_ENV } from './lib/run.mjs';
import { ensurePostgres, ensureRedis, stopAll } from './lib/services.mjs';

const REPORTS = join(ROOT, 'tmp/test-reports');
const TYPECHECK = [
  'libs/contracts/tsconfig.lib.json',
  'libs/contracts/tsconfig.spec.json',
  'libs/domain/tsconfig.lib.json',
  'libs/domain/tsconfig.spec.json',
  'apps/api/tsconfig.app.json',
  'apps/api/tsconfig.spec.json',
  'apps/portal/tsconfig.app.json',
  'apps/portal/tsconfig.spec.json',
  'apps/portal-e2e/tsconfig.json',
  'tools/tsconfig.spec.json',
];

const results = [];
let children = [];

/** A step without test cases of its own (lint, a build) counts as one check. */
async function check(name, command, args, options) {
  const started = Date.now();
  say(`▶ ${name}`);
  const code = await run(command, args, options);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds: (Date.now() - started) / 1000 });
}

/** A Jest or Playwright run counts its test cases, read from its JSON report. */
async function suite(name, command, args, reportFile, read, options) {
  const started = Date.now();
  say(`▶ ${name}`);
  rmSync(reportFile, { force: true });
  const code = await run(command, args, options);
  let passed = 0;
  let failed = code === 0 ? 0 : 1;
  if (existsSync(reportFile)) {
    ({ passed, failed } = read(JSON.parse(readFileSync(reportFile, 'utf8'))));
    if (code !== 0 && failed === 0) failed = 1; // e.g. a suite that failed to compile
  }
  results.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
}

const jestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites });
const playwrightCounts = (r) => ({ passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected });

async function main() {
  await ensureDependencies();
  mkdirSync(REPORTS, { recursive: true });
  const postgres = await ensurePostgres(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const redis = await ensureRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  children = [...postgres.children, ...redis.children];
  say(`services: ${postgres.how}; ${redis.how}`);
  const chromium = ensureDebianPackage('chromium', 'chromium');

  await check('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2']);
  for (const project of TYPECHECK) await check(`type-check ${project}`, 'npx', ['tsc', '--noEmit', '-p', project]);
  const jest = (config, report) => ['jest', '-c', config, '--ci', '--json', `--outputFile=${report}`];
  await suite('unit tests', 'npx', [...jest('jest.config.ts', join(REPORTS, 'unit.json')), '--maxWorkers=2'], join(REPORTS, 'unit.json'), jestCounts);
  await check('build (production, with budgets)', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--configuration=production', '--parallel=2']);
  await suite(
    'integration tests (PostgreSQL, Redis)',
    'npx',
    [...jest('apps/api/jest.int.config.cts', join(REPORTS, 'integration.json')), '--maxWorkers=2'],
    join(REPORTS, 'integration.json'),
    jestCounts,
    { env: { ...TOOL_ENV, TEST_DATABASE_URL: postgres.url, TEST_REDIS_URL: redis.url } },
  );
  if (chromium) {
    await suite(
      'end-to-end journeys (Chromium)',
      'npx',
      ['playwright', 'test', '-c', 'apps/portal-e2e/playwright.config.ts'],
      join(REPORTS, 'e2e.json'),
      playwrightCounts,
      { env: { ...TOOL_ENV, PLAYWRIGHT_JSON_OUTPUT_NAME: join(REPORTS, 'e2e.json'), E2E_DATABASE_URL: postgres.url, REDIS_URL: redis.url } },
    );
  } else {
    results.push({ name: 'end-to-end journeys (Chromium not installable here)', passed: 0, failed: 1, seconds: 0 });
  }
  stopAll(children);

  const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
  process.stdout.write('\n');
  for (const r of results) {
    process.stdout.write(`${r.failed ? '✗' : '✓'} ${r.name.padEnd(48)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0)}s\n`);
  }
  process.stdout.write(`\n${total.passed} passed, ${total.failed} failed\n`);
  process.exit(total.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  stopAll(children);
  process.stdout.write(`[skema] test run aborted: ${error.message}\n0 passed, 1 failed\n`);
  process.exit(1);
});
