import type { ProblemDetails } from '@skema/contracts';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('rate limiting and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3', CORS_ORIGINS: 'https://partner.example' });
  });
  afterAll(() => t.close());

  it('answers 429 in the caller’s language once a client exceeds its limit', async () => {
    const hit = () => t.app.inject({ method: 'GET', url: '/api/info', headers: { 'accept-language': 'en' }, remoteAddress: '10.1.2.3' });
    for (let i = 0; i < 3; i += 1) expect((await hit()).statusCode).toBe(200);
    const limited = await hit();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json<ProblemDetails>()).toMatchObject({ code: 'too_many_requests', detail: expect.stringMatching(/^Too many requests/) });
    // Another client is not affected.
    const other = await t.app.inject({ method: 'GET', url: '/api/info', remoteAddress: '10.9.9.9' });
    expect(other.statusCode).toBe(200);
  });

  it('never rate-limits the health check', async () => {
    for (let i = 0; i < 6; i += 1) {
      const res = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.4.4.4' });
      expect(res.statusCode).toBe(200);
    }
  });

  it('lets only configured origins call the API from a browser', async () => {
    const preflight = (origin: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url: '/api/regions',
        headers: { origin, 'access-control-request-method': 'GET' },
        remoteAddress: '10.5.5.5',
      });
    expect((await preflight('https://partner.example')).headers['access-control-allow-origin']).toBe('https://partner.example');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
  });
});
