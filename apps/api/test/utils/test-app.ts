import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/bootstrap';
import { validateEnvironment } from '../../src/config/environment';
import { uniqueName } from './postgres';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  queuePrefix: string;
  close: () => Promise<void>;
}

/**
 * The real API (same bootstrap as production) on its own database and its own Redis key prefix.
 * Settings go through process.env because that is what the validated config reads.
 */
export async function createTestApp(settings: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const queuePrefix = uniqueName('skema-test');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    PORTAL_DIST: '',
    RUN_WORKERS: 'false',
    MIGRATIONS_RUN: 'false',
    STORAGE_DIR: join(tmpdir(), queuePrefix, 'files'),
    ...settings,
  });
  const app = await createApp(validateEnvironment(process.env));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    db,
    queuePrefix,
    close: async () => {
      await app.close();
      await db.drop();
      await rm(join(tmpdir(), queuePrefix), { recursive: true, force: true });
    },
  };
}
