import type { ProblemDetails } from '@skema/contracts';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('errors are RFC 9457 problem details in the caller’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('answers an unknown API route in Albanian by default', async () => {
    const res = await get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['content-language']).toBe('sq');
    expect(res.json<ProblemDetails>()).toEqual({
      type: 'urn:skema:problem:route_not_found',
      title: 'Nuk u gjet',
      status: 404,
      code: 'route_not_found',
      detail: 'Adresa /api/no-such-thing nuk ekziston në API.',
      instance: '/api/no-such-thing',
    });
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const res = await get('/api/no-such-thing?x=1', { 'accept-language': 'en-GB,en;q=0.9,sq;q=0.5' });
    expect(res.headers['content-language']).toBe('en');
    expect(res.json<ProblemDetails>()).toMatchObject({
      title: 'Not found',
      detail: 'The address /api/no-such-thing does not exist in the API.',
    });
  });

  it('refuses malformed JSON with a 400 a person understands', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"broken":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemDetails>()).toMatchObject({ status: 400, code: 'malformed_body', detail: 'The data sent is not valid JSON.' });
  });

  it('never leaks a stack trace or SQL', async () => {
    const res = await get('/api/no-such-thing');
    expect(res.body).not.toMatch(/at \w+ \(|SELECT|node_modules/);
  });

  it('serves reference data and the OpenAPI document', async () => {
    const regions = await get('/api/regions');
    expect(regions.statusCode).toBe(200);
    expect(regions.json()).toEqual([
      { code: 'TIR', name: { sq: 'Tiranë', en: 'Tirana' } },
      { code: 'KUK', name: { sq: 'Kukës', en: 'Kukës' } },
      { code: 'DIB', name: { sq: 'Dibër', en: 'Dibër' } },
      { code: 'SAR', name: { sq: 'Sarandë', en: 'Saranda' } },
    ]);
    const openapi = await get('/api/docs/openapi.json');
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json<{ paths: object }>().paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/info', '/api/regions']),
    );
  });

  it('sets security headers', async () => {
    const res = await get('/api/info');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
