import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import { databaseUrl, uniqueName, withAdmin } from './postgres';

/** Global setup runs outside Jest's resolver: teach Node the workspace's path aliases (@skema/*). */
function registerWorkspacePaths(): void {
  const root = join(__dirname, '../../../..');
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  register({ baseUrl: root, paths: base.compilerOptions.paths });
}

/**
 * Migrates one template database per test run; every test file then clones it in milliseconds
 * (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing state.
 */
export default async function globalSetup(): Promise<void> {
  registerWorkspacePaths();
  const { DataSource } = await import('typeorm');
  const { typeOrmOptions } = await import('../../src/database/typeorm-options');
  const template = uniqueName('skema_tpl');
  await withAdmin((c) => c.query(`CREATE DATABASE "${template}"`));
  const db = await new DataSource(typeOrmOptions(databaseUrl(template), { logging: ['error'] })).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
  process.env['SKEMA_TEST_TEMPLATE'] = template;
  (globalThis as Record<string, unknown>)['__SKEMA_TEMPLATE__'] = template;
}
