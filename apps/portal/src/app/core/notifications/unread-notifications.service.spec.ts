import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CurrentUserDto } from '@skema/contracts';
import { settle, user } from '../../../testing/auth-testing';
import { AuthService } from '../auth/auth.service';
import { IS_BACKGROUND } from '../auth/auth-context';
import { UNREAD_POLL_MS, UnreadNotifications } from './unread-notifications.service';

describe('UnreadNotifications', () => {
  let current: ReturnType<typeof signal<CurrentUserDto | null>>;
  let backend: HttpTestingController;
  let unread: UnreadNotifications;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    current = signal<CurrentUserDto | null>(null);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthService, useValue: { user: current } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    unread = TestBed.inject(UnreadNotifications);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  async function tick(ms = 0): Promise<void> {
    TestBed.tick();
    await settle();
    jest.advanceTimersByTime(ms);
    await settle();
  }

  it('asks nothing while nobody is signed in', async () => {
    await tick(UNREAD_POLL_MS * 3);
    backend.expectNone('/api/notifications/unread-count');
    expect(unread.count()).toBe(0);
  });

  it('asks at once on sign-in, then every minute, as a background request', async () => {
    current.set(user());
    await tick();
    const first = backend.expectOne('/api/notifications/unread-count');
    expect(first.request.context.get(IS_BACKGROUND)).toBe(true);
    first.flush({ count: 2 });
    expect(unread.count()).toBe(2);

    await tick(UNREAD_POLL_MS);
    backend.expectOne('/api/notifications/unread-count').flush({ count: 5 });
    expect(unread.count()).toBe(5);
  });

  it('asks again when told something was read', async () => {
    current.set(user());
    await tick();
    backend.expectOne('/api/notifications/unread-count').flush({ count: 1 });

    unread.refresh();
    backend.expectOne('/api/notifications/unread-count').flush({ count: 0 });
    expect(unread.count()).toBe(0);
  });

  it('keeps the last count when a poll fails, and stops and clears on sign-out', async () => {
    current.set(user());
    await tick();
    backend.expectOne('/api/notifications/unread-count').flush({ count: 3 });
    await tick(UNREAD_POLL_MS);
    backend.expectOne('/api/notifications/unread-count').error(new ProgressEvent('error'), { status: 0 });
    expect(unread.count()).toBe(3);

    current.set(null);
    await tick(UNREAD_POLL_MS * 2);
    backend.expectNone('/api/notifications/unread-count');
    expect(unread.count()).toBe(0);
  });
});
