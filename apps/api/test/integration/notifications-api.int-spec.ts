import { getDataSourceToken } from '@nestjs/typeorm';
import type { NotificationDto, NotificationPreferenceDto, Page, ProblemDetails } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { Notification } from '../../src/app/notifications/entities/notification.entity';
import { NotificationService, type NotifyRequest } from '../../src/app/notifications/notification.service';
import { createUser, signIn } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

/** The bell over HTTP: one's own notifications only, in the language asked for, and e-mail preferences. */
describe('notifications API', () => {
  let t: TestApp;
  let db: DataSource;
  const notify = (request: NotifyRequest) =>
    db.transaction((manager) => t.app.get(NotificationService).notify(manager, request));

  beforeAll(async () => {
    // No workers: these tests read what notify() wrote; delivery is tested in notifications.int-spec.ts.
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  it('refuses callers without a token', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['POST', '/api/notifications/read-all'],
      ['GET', '/api/notifications/preferences'],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    }
  });

  it('lists one’s own notifications newest first in the asked language, counts and marks them read', async () => {
    const user = await createUser(t, { roles: ['applicant'] });
    const other = await createUser(t, { roles: ['applicant'] });
    const me = await signIn(t, user);
    const get = async <T>(url: string, language = 'sq') =>
      (await t.app.inject({ method: 'GET', url, headers: { ...me.headers, 'accept-language': language } })).json<T>();
    const post = (url: string) => t.app.inject({ method: 'POST', url, headers: me.headers });
    const baseline = (await get<{ count: number }>('/api/notifications/unread-count')).count;

    const first = await notify({
      userId: user.id,
      kind: 'organisation_verified',
      params: { organisationName: 'Vatra' },
      link: '/organisation',
    });
    const second = await notify({ userId: user.id, kind: 'role_changed', params: { roles: ['applicant'] } });
    const theirs = await notify({ userId: other.id, kind: 'role_changed', params: { roles: [] } });
    expect(await get('/api/notifications/unread-count')).toEqual({ count: baseline + 2 });

    const page = await get<Page<NotificationDto>>('/api/notifications?pageSize=2', 'en-GB,en;q=0.9');
    expect(page.items.map((n) => n.id)).toEqual([second.notificationId, first.notificationId]);
    expect(page.items[1]).toMatchObject({
      kind: 'organisation_verified',
      title: 'Your organisation has been verified',
      link: '/organisation',
      readAt: null,
    });
    expect(page.items[1].body).toContain('Vatra has been verified');
    expect((await get<Page<NotificationDto>>('/api/notifications?pageSize=2')).items[1].title).toBe(
      'Organizata juaj u verifikua',
    );

    expect((await post(`/api/notifications/${first.notificationId}/read`)).statusCode).toBe(204);
    expect((await post(`/api/notifications/${first.notificationId}/read`)).statusCode).toBe(204);
    const unread = await get<Page<NotificationDto>>('/api/notifications?unread=true&pageSize=100');
    expect(unread.items.map((n) => n.id)).not.toContain(first.notificationId);
    expect(unread.items.map((n) => n.id)).toContain(second.notificationId);

    const foreign = await post(`/api/notifications/${theirs.notificationId}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<ProblemDetails>().code).toBe('not_found');
    expect((await post('/api/notifications/not-a-uuid/read')).statusCode).toBe(404);

    expect((await post('/api/notifications/read-all')).statusCode).toBe(204);
    expect(await get('/api/notifications/unread-count')).toEqual({ count: 0 });
    expect(await db.getRepository(Notification).findOneByOrFail({ id: theirs.notificationId as string })).toMatchObject(
      { readAt: null },
    );
  });

  it('reads and changes e-mail preferences, refusing to turn a mandatory kind off', async () => {
    const me = await signIn(t, await createUser(t, { roles: ['applicant'] }));
    const put = (preferences: object[]) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/notifications/preferences',
        headers: { ...me.headers, 'accept-language': 'en' },
        payload: { preferences },
      });
    const initial = (
      await t.app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: me.headers })
    ).json<NotificationPreferenceDto[]>();
    expect(initial).toContainEqual({ kind: 'role_changed', email: true, mandatory: false });
    expect(initial).toContainEqual({ kind: 'security_alert', email: true, mandatory: true });

    const changed = await put([{ kind: 'role_changed', email: false }]);
    expect(changed.statusCode).toBe(200);
    expect(changed.json<NotificationPreferenceDto[]>()).toContainEqual({
      kind: 'role_changed',
      email: false,
      mandatory: false,
    });

    const refused = await put([{ kind: 'password_reset', email: false }]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ProblemDetails>()).toMatchObject({
      code: 'notification_email_mandatory',
      detail: expect.stringContaining('cannot be turned off'),
    });
    expect((await put([{ kind: 'weekly_digest', email: false }])).statusCode).toBe(400);
  });
});
