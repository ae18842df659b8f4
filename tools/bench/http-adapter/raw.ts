/**
 * Baseline without any framework: node:http + a pg Pool running the same SQL the Nest app's
 * TypeORM repository issues. Nest numbers are read as a share of this server's throughput.
 *
 *   npx ts-node --transpile-only tools/bench/http-adapter/raw.ts --port 3103
 */
import { createServer, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { PAGE_SIZE, POOL_SIZE, ROW_COUNT, ensureSeeded, pgConfig } from './db';

const COLUMNS = 'id, name, score, created_at AS "createdAt"';
const MAX_PAGE = Math.ceil(ROW_COUNT / PAGE_SIZE);

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** Same acceptance rule as the DTOs: a positive integer, nothing else. */
function positiveInt(value: string | null, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

async function main() {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : 3103);
  await ensureSeeded();
  const pool = new Pool({ ...pgConfig(), max: POOL_SIZE });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const byId = /^\/bench\/rows\/([^/]+)$/.exec(url.pathname);
      if (req.method !== 'GET') return send(res, 404, { message: 'Not Found' });
      if (url.pathname === '/bench/ping') return send(res, 200, { ok: true, service: 'skema-bench' });
      if (byId) {
        const id = positiveInt(byId[1]);
        if (!id) return send(res, 400, { message: 'id must be a positive integer' });
        const { rows } = await pool.query(`SELECT ${COLUMNS} FROM bench_row WHERE id = $1 LIMIT 1`, [id]);
        return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { message: 'Not Found' });
      }
      if (url.pathname === '/bench/rows') {
        const page = url.searchParams.has('page') ? positiveInt(url.searchParams.get('page'), MAX_PAGE) : 1;
        if (!page) return send(res, 400, { message: 'page must be a positive integer' });
        // Sequential like TypeORM's findAndCount: page rows first, then the count.
        const items = await pool.query(`SELECT ${COLUMNS} FROM bench_row ORDER BY id LIMIT $1 OFFSET $2`, [
          PAGE_SIZE,
          (page - 1) * PAGE_SIZE,
        ]);
        const count = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_row');
        return send(res, 200, { page, pageSize: PAGE_SIZE, total: count.rows[0].n, items: items.rows });
      }
      return send(res, 404, { message: 'Not Found' });
    } catch (err) {
      console.error(err);
      return send(res, 500, { message: 'Internal Server Error' });
    }
  });

  const shutdown = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', shutdown).on('SIGINT', shutdown);
  server.listen(port, '127.0.0.1', () => process.stdout.write(`READY raw ${port}\n`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
