import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AuditSubscriber } from '../app/audit/audit.subscriber';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one definition of how Skema talks to PostgreSQL, shared by the API, the worker, the CLI and
 * the tests. Schema changes go through migrations only: `synchronize` is never on.
 */
export function typeOrmOptions(databaseUrl: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    // Here rather than in a Nest provider, so every DataSource (API, worker, CLI, tests) records changes.
    subscribers: [AuditSubscriber],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install (PGlite has none).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error', 'warn', 'migration'],
    // A burst (e.g. the last minute before a deadline) queues for a connection rather than failing fast.
    extra: { max: 20, connectionTimeoutMillis: 60_000, application_name: 'skema' },
    ...extra,
  } as DataSourceOptions;
}
