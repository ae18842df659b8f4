import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthTestDoubles, provideAuthTesting, session, settle } from '../../../testing/auth-testing';
import { AuthService, REFRESH_LEAD_MS } from './auth.service';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankComponent {}

const problem = (code: string, status: number) => ({ type: 'about:blank', title: 't', status, detail: code, code });

describe('AuthService', () => {
  let auth: AuthService;
  let backend: HttpTestingController;
  let doubles: AuthTestDoubles;

  function setUp(signedInBefore = true) {
    const testing = provideAuthTesting(signedInBefore);
    doubles = testing.doubles;
    TestBed.configureTestingModule({
      providers: [
        testing.providers,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: BlankComponent }]),
      ],
    });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  describe('on start-up', () => {
    it('resumes the session from the refresh cookie, so a reload keeps the person signed in', async () => {
      setUp();
      const started = auth.start();
      backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(session('resumed'));
      await started;

      expect(auth.isSignedIn()).toBe(true);
      expect(auth.accessToken()).toBe('resumed');
      expect(auth.user()?.displayName).toBe('Anila Meta');
      expect(auth.permissions().has('organisation.update')).toBe(true);
    });

    it('settles as signed out when the session has ended', async () => {
      setUp();
      const started = auth.start();
      backend.expectOne('/api/auth/refresh').flush(problem('session_expired', 401), { status: 401, statusText: 'x' });
      await started;

      expect(auth.ready()).toBe(true);
      expect(auth.isSignedIn()).toBe(false);
      expect(doubles.hint.value).toBe(false); // the next visit need not ask again
    });

    it('does not ask the API when this browser was not signed in', async () => {
      setUp(false);
      await auth.start();

      expect(auth.ready()).toBe(true);
      expect(auth.isSignedIn()).toBe(false);
    });

    it('lets guards wait for the answer', async () => {
      setUp();
      const ready = jest.fn();
      void auth.whenReady().then(ready);
      const started = auth.start();
      await settle();
      expect(ready).not.toHaveBeenCalled();

      backend.expectOne('/api/auth/refresh').flush(session());
      await started;
      expect(ready).toHaveBeenCalled();
    });
  });

  it('keeps the access token in memory only', async () => {
    setUp(false);
    const storage = jest.spyOn(Storage.prototype, 'setItem');
    const signedIn = auth.signIn({ email: 'anila@example.org', password: 'secret' });
    backend.expectOne('/api/auth/sign-in').flush(session('secret-token'));
    await signedIn;

    expect(storage.mock.calls.flat().join(' ')).not.toContain('secret-token');
    storage.mockRestore();
  });

  it('shares one refresh between callers, since a refresh token can be used only once', async () => {
    setUp(false);
    const first = auth.refresh();
    const second = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush(session('fresh'));

    expect(await first).toBe('fresh');
    expect(await second).toBe('fresh');
  });

  it('ends the session when a refresh is refused, and says why', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
    backend.expectOne('/api/auth/sign-in').flush(session());
    await signedIn;

    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush(problem('session_expired', 401), { status: 401, statusText: 'x' });

    expect(await refreshed).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.sessionEnd()).toBe('expired');
    expect(doubles.hint.value).toBe(false);
  });

  it('keeps the session when the API cannot be reached: it may well be alive', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
    backend.expectOne('/api/auth/sign-in').flush(session('still-good'));
    await signedIn;

    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').error(new ProgressEvent('error'), { status: 0 });

    expect(await refreshed).toBeNull();
    expect(auth.accessToken()).toBe('still-good');
  });

  describe('before the token expires', () => {
    beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask'] }));

    async function signIn() {
      const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
      backend.expectOne('/api/auth/sign-in').flush(session('first'));
      await signedIn;
    }

    it('refreshes a minute early while the person is active', async () => {
      setUp(false);
      await signIn();
      doubles.activity.next();

      jest.advanceTimersByTime(15 * 60_000 - REFRESH_LEAD_MS);
      backend.expectOne('/api/auth/refresh').flush(session('second'));
      await settle();

      expect(auth.accessToken()).toBe('second');
    });

    it('lets an idle session lapse, and refreshes on the next action', async () => {
      setUp(false);
      await signIn();

      jest.advanceTimersByTime(15 * 60_000);
      backend.expectNone('/api/auth/refresh');

      doubles.activity.next();
      backend.expectOne('/api/auth/refresh').flush(session('back'));
      await settle();
      expect(auth.accessToken()).toBe('back');
    });
  });

  it('signs out: tells the API, forgets everything, tells the other tabs, goes home', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
    backend.expectOne('/api/auth/sign-in').flush(session());
    await signedIn;
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');

    const signedOut = auth.signOut();
    backend.expectOne({ method: 'POST', url: '/api/auth/sign-out' }).flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;

    expect(auth.isSignedIn()).toBe(false);
    expect(auth.accessToken()).toBeNull();
    expect(auth.sessionEnd()).toBeNull();
    expect(doubles.hint.value).toBe(false);
    expect(doubles.channel.postMessage).toHaveBeenCalledWith('signed-out');
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('signs out even when the API does not answer', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
    backend.expectOne('/api/auth/sign-in').flush(session());
    await signedIn;

    const signedOut = auth.signOut();
    backend.expectOne('/api/auth/sign-out').error(new ProgressEvent('error'), { status: 0 });
    await signedOut;

    expect(auth.isSignedIn()).toBe(false);
  });

  it('follows a sign-out in another tab', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'a@b.org', password: 'p' });
    backend.expectOne('/api/auth/sign-in').flush(session());
    await signedIn;

    doubles.channel.onmessage?.(new MessageEvent('message', { data: 'signed-out' }));

    expect(auth.isSignedIn()).toBe(false);
  });

  it('knows when staff must set up their second factor first', async () => {
    setUp(false);
    const signedIn = auth.signIn({ email: 'pm@skema.test', password: 'p' });
    backend
      .expectOne('/api/auth/sign-in')
      .flush(session('t', { roles: ['programme_manager'], twoFactorRequired: true, twoFactorEnabled: false }));
    await signedIn;

    expect(auth.needsSecondFactorSetup()).toBe(true);
  });
});
