import { databaseUrl, dropDatabase, uniqueName, withAdmin } from './postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env['SKEMA_TEST_TEMPLATE'];
  if (!template) throw new Error('SKEMA_TEST_TEMPLATE is not set: run through jest.int.config.cts');
  const name = uniqueName('skema_t');
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

/** An empty database (no migrations), for migration tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = uniqueName('skema_e');
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}
