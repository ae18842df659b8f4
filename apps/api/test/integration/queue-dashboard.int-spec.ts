import { createUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const dashboard = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/admin/queues', cookies: cookie ? { skema_queues: cookie } : undefined });

  it('opens for a signed-in administrator through a path-scoped cookie, and for nobody else', async () => {
    expect((await dashboard()).statusCode).toBe(401);
    expect((await dashboard('forged.token.value')).statusCode).toBe(401);

    const admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    const opened = await t.app.inject({ method: 'POST', url: '/api/admin/queue-dashboard/session', headers: admin.headers });
    expect(opened.statusCode).toBe(204);
    const cookie = opened.cookies.find((c) => c.name === 'skema_queues')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/admin/queues' });
    const page = await dashboard(cookie.value);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Skema queues');

    const evaluator = await signIn(t, await createUser(t, { roles: ['evaluator'] }));
    expect((await t.app.inject({ method: 'POST', url: '/api/admin/queue-dashboard/session', headers: evaluator.headers })).statusCode).toBe(403);
  });
});
