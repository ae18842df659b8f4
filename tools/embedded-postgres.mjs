// An embedded PostgreSQL for machines without one: PGlite (Postgres compiled to WASM) served over
// the Postgres wire protocol, so the API uses its ordinary `pg` driver. Usage: <dataDir> <port>.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [dataDir, port] = process.argv.slice(2);
const db = await PGlite.create(dataDir);
const server = new PGLiteSocketServer({ db, port: Number(port), host: '127.0.0.1', maxConnections: 20 });
await server.start();
process.stdout.write(`[embedded-postgres] PGlite serving ${dataDir} on 127.0.0.1:${port}\n`);
const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
