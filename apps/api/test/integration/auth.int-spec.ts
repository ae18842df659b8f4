import { getDataSourceToken } from '@nestjs/typeorm';
import type { CurrentUserDto, ProblemDetails, SessionDto } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { AccountService } from '../../src/app/auth/account.service';
import { User } from '../../src/app/users/entities/user.entity';
import { createUser, signIn, TEST_PASSWORD, totpNow } from '../utils/auth';
import { createTestApp, type TestApp } from '../utils/test-app';

describe('signing in and staying signed in', () => {
  let t: TestApp;
  let db: DataSource;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  const post = (url: string, payload?: object, headers: Record<string, string> = {}, cookies?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload, headers: { 'accept-language': 'en', ...headers }, cookies, remoteAddress: `10.200.${(ip += 1) % 250}.1` });
  const refresh = (token: string) => post('/api/auth/refresh', undefined, {}, { skema_refresh: token });

  it('signs in with a short-lived access token and a rotating HttpOnly refresh cookie', async () => {
    const user = await createUser(t, { roles: ['applicant'] });
    const res = await post('/api/auth/sign-in', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const session = res.json<SessionDto>();
    expect(new Date(session.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(session.user).toMatchObject({ email: user.email, roles: ['applicant'], twoFactorRequired: false });
    const cookie = res.cookies.find((c) => c.name === 'skema_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth' });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(me.json<CurrentUserDto>().permissions).toContain('organisation.update');
  });

  it('keeps the language the person uses the portal in, for their e-mails and receipts', async () => {
    const user = await createUser(t, { roles: ['applicant'] });
    const signedIn = await signIn(t, user);
    const put = (payload: object) => t.app.inject({ method: 'PUT', url: '/api/auth/me/locale', payload, headers: { ...signedIn.headers, 'accept-language': 'en' } });
    expect((await put({ locale: 'en' })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: signedIn.headers })).json<CurrentUserDto>().locale).toBe('en');
    const wrong = await put({ locale: 'de' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ProblemDetails>().errors?.[0]?.field).toBe('locale');
    expect((await db.getRepository(User).findOneByOrFail({ id: user.id })).locale).toBe('en');
    expect((await t.app.inject({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'sq' } })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    const user = await createUser(t);
    const wrong = await post('/api/auth/sign-in', { email: user.email, password: 'Not-The-Password-1' });
    const unknown = await post('/api/auth/sign-in', { email: 'nobody-here@test.skema', password: 'Not-The-Password-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ProblemDetails>().detail).toBe(unknown.json<ProblemDetails>().detail);
    expect(wrong.json<ProblemDetails>().code).toBe('invalid_credentials');
  });

  it('locks an account for a growing time after repeated failures, even for the right password', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 5; i += 1) expect((await post('/api/auth/sign-in', { email: user.email, password: `Wrong-${i}-password` })).statusCode).toBe(401);
    const locked = await db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(locked.failedSignIns).toBe(5);
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(50_000);
    expect((await post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(401);
    await post('/api/auth/sign-in', { email: user.email, password: 'Wrong-again-password' });
    // Locked: the failure is not even checked, so the count stays and the lock holds.
    await db.getRepository(User).update({ id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
    await post('/api/auth/sign-in', { email: user.email, password: 'Wrong-after-lock-1' });
    const again = await db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(again.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(110_000); // 2 minutes now
    await db.getRepository(User).update({ id: user.id }, { lockedUntil: null });
    expect((await post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await db.getRepository(User).findOneByOrFail({ id: user.id })).failedSignIns).toBe(0);
  });

  it('rotates refresh tokens and ends the whole family when a used one is replayed', async () => {
    const user = await createUser(t);
    const { refreshCookie: first } = await signIn(t, user);
    const rotated = await refresh(first);
    expect(rotated.statusCode).toBe(200);
    const second = rotated.cookies.find((c) => c.name === 'skema_refresh')!.value;
    expect(second).not.toBe(first);
    const accessAfterRotation = rotated.json<SessionDto>().accessToken;

    const replay = await refresh(first);
    expect(replay.statusCode).toBe(401);
    expect(replay.json<ProblemDetails>().code).toBe('session_expired');
    // The thief's replay ended the family: the legitimate newer token and access token die too.
    expect((await refresh(second)).statusCode).toBe(401);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${accessAfterRotation}` } });
    expect(me.statusCode).toBe(401);
  });

  it('signs out: the refresh token and the access token stop working', async () => {
    const user = await createUser(t);
    const signedIn = await signIn(t, user);
    expect((await post('/api/auth/sign-out', undefined, {}, { skema_refresh: signedIn.refreshCookie })).statusCode).toBe(204);
    expect((await refresh(signedIn.refreshCookie)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: signedIn.headers })).statusCode).toBe(401);
  });

  it('lists and ends one’s own devices, and never another person’s', async () => {
    const user = await createUser(t);
    const laptop = await signIn(t, user);
    const phone = await signIn(t, user);
    const devices = await t.app.inject({ method: 'GET', url: '/api/auth/devices', headers: laptop.headers });
    expect(devices.json<{ current: boolean }[]>().map((d) => d.current).sort()).toEqual([false, true]);
    const other = await signIn(t, await createUser(t));
    const otherDevice = (await t.app.inject({ method: 'GET', url: '/api/auth/devices', headers: other.headers })).json<{ id: string }[]>()[0];
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/devices/${otherDevice.id}`, headers: laptop.headers })).statusCode).toBe(404);
    const phoneDevice = devices.json<{ id: string; current: boolean }[]>().find((d) => !d.current)!;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/devices/${phoneDevice.id}`, headers: laptop.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: phone.headers })).statusCode).toBe(401);
  });

  it('requires the second factor of staff who move money, and accepts a recovery code once', async () => {
    const officer = await createUser(t, { roles: ['finance_officer'] });
    const noCode = await post('/api/auth/sign-in', { email: officer.email, password: TEST_PASSWORD });
    expect(noCode.json<ProblemDetails>().code).toBe('second_factor_required');
    const badCode = await post('/api/auth/sign-in', { email: officer.email, password: TEST_PASSWORD, otp: '000000' });
    expect(badCode.json<ProblemDetails>().code).toBe('second_factor_invalid');
    const ok = await post('/api/auth/sign-in', { email: officer.email, password: TEST_PASSWORD, otp: await totpNow() });
    expect(ok.statusCode).toBe(200);
  });

  it('makes staff without a second factor set it up before anything else', async () => {
    const manager = await createUser(t, { roles: ['programme_manager'], secondFactor: false });
    const { headers } = await signIn(t, manager);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json<CurrentUserDto>()).toMatchObject({ twoFactorRequired: true, twoFactorEnabled: false });
    const anyOrg = '00000000-0000-4000-8000-000000000000';
    const blocked = await t.app.inject({ method: 'GET', url: `/api/organisations/${anyOrg}`, headers });
    expect(blocked.json<ProblemDetails>().code).toBe('second_factor_setup_required');

    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor/setup', headers });
    const { secret } = setup.json<{ secret: string; qrCodeDataUrl: string }>();
    expect(setup.json<{ qrCodeDataUrl: string }>().qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const { generate } = await import('otplib');
    const enabled = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor/enable', headers, payload: { code: await generate({ secret }) } });
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect((await t.app.inject({ method: 'GET', url: `/api/organisations/${anyOrg}`, headers })).statusCode).toBe(404);

    const withRecovery = () => post('/api/auth/sign-in', { email: manager.email, password: TEST_PASSWORD, otp: recoveryCodes[0] });
    expect((await withRecovery()).statusCode).toBe(200);
    expect((await withRecovery()).statusCode).toBe(401);
  });

  it('tells the person about a sign-in from a browser they never used, but not about the first one', async () => {
    const user = await createUser(t);
    const signInWith = (agent: string) =>
      post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, { 'user-agent': agent });
    const laptop = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    await signInWith(laptop);
    await signInWith(laptop);
    const alerts = () => db.query(`SELECT params FROM notifications WHERE user_id = $1 AND kind = 'security_alert'`, [user.id]);
    expect(await alerts()).toEqual([]);
    await signInWith('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36');
    expect(await alerts()).toEqual([{ params: expect.objectContaining({ event: 'new_device', device: 'Chrome on Android' }) }]);
  });

  it('refuses sign-in until the e-mail is confirmed', async () => {
    const user = await createUser(t, { confirmed: false });
    const res = await post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json<ProblemDetails>().code).toBe('email_not_confirmed');
  });

  it('resets a forgotten password with a single-use link, ending every session', async () => {
    const user = await createUser(t);
    const before = await signIn(t, user);
    expect((await post('/api/auth/password-reset', { email: 'unknown-person@test.skema' })).statusCode).toBe(202);
    const issued = await t.app.get(AccountService).requestPasswordReset(user.email);
    const weak = await post('/api/auth/password-reset/confirm', { token: issued!.token, password: 'password1234' });
    expect(weak.json<ProblemDetails>().code).toBe('password_too_weak');
    const done = await post('/api/auth/password-reset/confirm', { token: issued!.token, password: 'Vjeshte-ne-Sarande-77' });
    expect(done.statusCode).toBe(204);
    expect((await post('/api/auth/password-reset/confirm', { token: issued!.token, password: 'Another-Fine-Phrase-9' })).json<ProblemDetails>().code).toBe('token_invalid');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: before.headers })).statusCode).toBe(401);
    expect((await post('/api/auth/sign-in', { email: user.email, password: 'Vjeshte-ne-Sarande-77' })).statusCode).toBe(200);
  });

  it('changes the password, signing out the other devices', async () => {
    const user = await createUser(t);
    const here = await signIn(t, user);
    const elsewhere = await signIn(t, user);
    const wrong = await post('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'Mali-i-Dajtit-2026' }, here.headers);
    expect(wrong.json<ProblemDetails>().code).toBe('password_wrong');
    expect((await post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Mali-i-Dajtit-2026' }, here.headers)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: here.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: elsewhere.headers })).statusCode).toBe(401);
  });
});
