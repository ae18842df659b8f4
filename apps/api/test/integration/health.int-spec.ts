import type { ChildProcess } from 'node:child_process';
import type { HealthResponse } from '@skema/contracts';
import { freePort, startRedis, waitFor } from '../utils/processes';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * A Redis of this test's own (a real redis-server on a free port), so stopping it hurts nobody else.
 */
describe('health', () => {
  let redis: ChildProcess;
  let t: TestApp;
  const health = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    return { status: res.statusCode, body: res.json<HealthResponse>() };
  };

  beforeAll(async () => {
    const port = await freePort();
    redis = startRedis(port);
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
    await waitFor(async () => (await health()).status === 200);
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('reports PostgreSQL and Redis up', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('reports a stopped Redis as down with 503, and keeps serving', async () => {
    redis.kill('SIGTERM');
    await waitFor(async () => (await health()).status === 503);
    const { body } = await health();
    expect(body.status).toBe('error');
    expect(body.details['database']).toEqual({ status: 'up' });
    expect(body.details['redis']?.status).toBe('down');
    const info = await t.app.inject({ method: 'GET', url: '/api/info' });
    expect(info.statusCode).toBe(200);
  });
});
