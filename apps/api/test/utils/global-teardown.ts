import { dropDatabase } from './postgres';

export default async function globalTeardown(): Promise<void> {
  const template = (globalThis as Record<string, unknown>)['__SKEMA_TEMPLATE__'];
  if (typeof template === 'string') await dropDatabase(template);
}
