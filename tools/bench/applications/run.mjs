// `npm run bench:applications`: seeds a throw-away database at 100× the scheme (2,000 CSOs, 10,000
// applications over three calls), starts the built API on loopback, and measures the staff list
// (filtered, sorted, paginated) and the submit endpoint: requests/s and p50/p95/p99 latency.
// Bounded in time and count; talks only to 127.0.0.1; stops what it started.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash } from 'argon2';
import { generate } from 'otplib';
import pg from 'pg';
import { ROOT, run, say, TOOL_ENV } from '../../lib/run.mjs';

const PORT = 4400;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = 'skema_bench_applications';
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const PASSWORD = 'Bench-Passphrase-2026!';
const DEMO_TOTP = 'SKEMADEMOTOTPSEEDXK7Q2MVBLUMIDRN';

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

/** 2,000 verified CSOs with one applicant each; 10,000 applications over three calls (9,000 submitted). */
async function seedAtScale(url) {
  const passwordHash = await hash(PASSWORD);
  await sql(url, `
    INSERT INTO calls (reference, status, title_sq, title_en, text_sq, text_en, opens_at, deadline, total_budget_cents,
                       min_grant_cents, max_grant_cents, max_cofinancing_share_bp, min_duration_months, max_duration_months,
                       eligibility, grid, required_attachments, published_at, created_by, version)
    SELECT 'SK-2026-0' || n, status, title_sq, title_en, text_sq, text_en, opens_at, deadline, total_budget_cents,
           min_grant_cents, max_grant_cents, max_cofinancing_share_bp, min_duration_months, max_duration_months,
           eligibility, grid, required_attachments, published_at, created_by, version
      FROM calls, generate_series(2, 3) AS n WHERE reference = 'SK-2026-01'`);
  await sql(url, `INSERT INTO call_lots (call_id, region_code, envelope_cents)
    SELECT c.id, l.region_code, l.envelope_cents FROM calls c CROSS JOIN call_lots l
     WHERE c.reference IN ('SK-2026-02', 'SK-2026-03') AND l.call_id = (SELECT id FROM calls WHERE reference = 'SK-2026-01')`);
  await sql(url, `INSERT INTO organisations (legal_name, registration_number, legal_form, email, verified_at, areas_of_work)
    SELECT 'Organizata Bench ' || i, 'B' || lpad(i::text, 8, '0') || 'X', 'association', 'org' || i || '@bench.test', now(), '{employment}'
      FROM generate_series(1, 2000) AS i`);
  await sql(url, `WITH u AS (
      INSERT INTO users (email, display_name, password_hash, email_confirmed_at, organisation_id)
      SELECT 'applicant' || substr(o.registration_number, 2, 8)::int || '@bench.test', 'Aplikant ' || o.registration_number, $1, now(), o.id
        FROM organisations o WHERE o.registration_number LIKE 'B%' RETURNING id)
    INSERT INTO user_roles (user_id, role) SELECT id, 'applicant' FROM u`, [passwordHash]);
  // Application i goes to CSO i mod 2000 and to the (i / 2000)-th of the 12 lots: every CSO-lot pair is distinct.
  await sql(url, `WITH slots AS (
      SELECT i, o.id AS organisation_id, l.id AS lot_id, l.call_id, l.region_code, c.reference AS call_reference
        FROM generate_series(0, 9999) AS i
        JOIN (SELECT id, row_number() OVER (ORDER BY registration_number) - 1 AS n FROM organisations WHERE registration_number LIKE 'B%') o ON o.n = i % 2000
        JOIN (SELECT l.id, l.call_id, l.region_code, row_number() OVER (ORDER BY c.reference, l.region_code) - 1 AS n
                FROM call_lots l JOIN calls c ON c.id = l.call_id) l ON l.n = i / 2000
        JOIN calls c ON c.id = l.call_id)
    INSERT INTO applications (call_id, lot_id, organisation_id, status, reference, created_by, submitted_at)
    SELECT call_id, lot_id, organisation_id,
           CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'submitted' END,
           CASE WHEN i % 10 = 0 THEN NULL ELSE 'SK-2026-' || region_code || '-' || call_reference || '-' || lpad(i::text, 5, '0') END,
           organisation_id, CASE WHEN i % 10 = 0 THEN NULL ELSE now() - (i || ' minutes')::interval END
      FROM slots`);
  return (await sql(url, `SELECT count(*)::int AS n FROM applications`))[0].n;
}

/** Fixed concurrency for a fixed time (or until the workload runs out); every latency kept, so percentiles are exact. */
async function measure(name, request) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; Date.now() < until; i += 1) {
        const started = performance.now();
        const res = await request(worker, i);
        if (!res) break; // a finite workload (the drafts to submit) is done
        latencies.push(performance.now() - started);
        if (!res.ok) errors += 1;
        await res.arrayBuffer();
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  const elapsed = Math.min(SECONDS, (Date.now() - (until - SECONDS * 1000)) / 1000);
  return { name, requests: latencies.length, perSecond: (latencies.length / elapsed).toFixed(0), p50: at(50), p95: at(95), p99: at(99), errors };
}

async function signIn(email, otp, forwardedFor) {
  const res = await fetch(`${BASE}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password: email.endsWith('@bench.test') ? PASSWORD : 'Skema-Demo-2026!', ...(otp ? { otp } : {}) }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/apps/api/main.js'))) await run('npx', ['nx', 'build', 'api']);
  await sql(SERVER, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await sql(SERVER, `CREATE DATABASE "${DB}"`);
  const env = { ...TOOL_ENV, NODE_ENV: 'test', DATABASE_URL: dbUrl(DB), PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    PORTAL_DIST: '', RUN_WORKERS: 'false', RATE_LIMIT_PER_MINUTE: '1000000', TRUST_PROXY: 'true', QUEUE_PREFIX: DB };
  if ((await run('node', ['dist/apps/api/cli.js', 'seed'], { env })) !== 0) throw new Error('seed failed');
  say(`seeded ${await seedAtScale(dbUrl(DB))} applications for 2,000 CSOs`);
  await sql(dbUrl(DB), 'ANALYZE');
  const api = spawn('node', ['dist/apps/api/main.js'], { cwd: ROOT, env, stdio: 'inherit' });
  try {
    for (let i = 0; i < 100 && !(await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)); i += 1) await new Promise((r) => setTimeout(r, 300));
    const pm = await signIn('pm@skema.test', await generate({ secret: DEMO_TOTP }), '10.0.0.1');
    const [call] = await sql(dbUrl(DB), `SELECT id FROM calls WHERE reference = 'SK-2026-01'`);
    const regions = ['TIR', 'KUK', 'DIB', 'SAR'];
    const list = await measure('GET /api/applications (staff: call + region + status, sorted, page 1–5 of 20)', (w, i) =>
      fetch(`${BASE}/api/applications?callId=${call.id}&region=${regions[(w + i) % 4]}&status=submitted&sort=-submittedAt&page=${(i % 5) + 1}&pageSize=20`, {
        headers: { authorization: `Bearer ${pm}` },
      }),
    );
    const search = await measure('GET /api/applications?q=… (staff: search by CSO name)', (w, i) =>
      fetch(`${BASE}/api/applications?q=Bench%20${(w * 97 + i) % 2000}&sort=reference`, { headers: { authorization: `Bearer ${pm}` } }),
    );
    // Submissions: the drafts of call 1 belong to distinct CSOs; each is completed, then submitted once.
    const drafts = await sql(dbUrl(DB), `SELECT a.id, u.email FROM applications a JOIN users u ON u.organisation_id = a.organisation_id
      WHERE a.status = 'draft' AND a.call_id = $1 ORDER BY a.id LIMIT 200`, [call.id]);
    await completeDrafts(dbUrl(DB), drafts.map((d) => d.id));
    const tokens = [];
    for (const [i, d] of drafts.entries()) tokens.push(await signIn(d.email, null, `10.1.${Math.floor(i / 200)}.${i % 200}`));
    let next = 0;
    const submit = await measure(`POST /api/applications/:id/submission (${drafts.length} drafts, concurrency ${CONCURRENCY})`, async () => {
      const n = next++;
      if (n >= drafts.length) return null;
      return fetch(`${BASE}/api/applications/${drafts[n].id}/submission`, { method: 'POST', headers: { authorization: `Bearer ${tokens[n]}` } });
    });
    const rows = [list, search, submit];
    const table = ['| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |', '|---|--:|--:|--:|--:|--:|--:|',
      ...rows.map((r) => `| ${r.name} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`)].join('\n');
    const report = `# Applications at 100× scale\n\nMeasured ${new Date().toISOString()}: 2,000 CSOs, 10,000 applications, ${SECONDS} s per endpoint, concurrency ${CONCURRENCY}, loopback, ${process.version}.\n\n${table}\n\nThe submit row ends when its ${drafts.length} drafts are submitted; its req/s is over the time that took.\n`;
    writeFileSync(join(ROOT, 'tools/bench/applications/results.md'), report);
    process.stdout.write(`\n${report}`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.on('exit', r));
    await sql(SERVER, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  }
}

async function completeDrafts(url, ids) {
  const content = {
    summary: { text: 'Bench' }, problem: { text: 'Bench' }, objectives: { text: 'Bench' },
    logframe: { indicators: [{ code: 'OC-1', target: 10 }] }, beneficiaries: { planned: [{ category: 'at_risk', count: 10 }] },
    budget: { lines: [{ category: 'services', description: 'Kurse', unit: 'kurs', quantity: 4, unitCostCents: 1_000_000, ownContributionCents: 400_000 }] },
  };
  for (const [key, value] of Object.entries(content)) {
    await sql(url, `INSERT INTO application_sections (application_id, key, content, version, updated_by, updated_at)
      SELECT id, $2, $3, 1, created_by, now() FROM applications WHERE id = ANY($1)`, [ids, key, value]);
  }
  // Every required document, as rows only: submitting checks that they are there, never reads the files.
  await sql(url, `INSERT INTO application_attachments (application_id, requirement_key, file_name, type, content_type, size_bytes, sha256,
                                                     storage_key, uploaded_by, uploaded_at)
    SELECT a.id, r->>'key', (r->>'key') || '.' || (r->'acceptedTypes'->>0), r->'acceptedTypes'->>0, 'application/octet-stream', 1000,
           repeat('0', 64), 'applications/' || a.id || '/bench-' || (r->>'key'), a.created_by, now()
      FROM applications a JOIN calls c ON c.id = a.call_id CROSS JOIN jsonb_array_elements(c.required_attachments) AS r
     WHERE a.id = ANY($1)`, [ids]);
}

main().then(
  () => process.exit(0),
  (error) => {
    say(`bench failed: ${error.message}`);
    process.exit(1);
  },
);
