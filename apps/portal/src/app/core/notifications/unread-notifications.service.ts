import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { UnreadNotificationsDto } from '@skema/contracts';
import {
  EMPTY,
  Subject,
  catchError,
  distinctUntilChanged,
  exhaustMap,
  filter,
  fromEvent,
  map,
  merge,
  of,
  switchMap,
  timer,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { backgroundRequest } from '../auth/auth-context';
import { API_PREFIX } from '../http/api-url';

export const UNREAD_POLL_MS = 60_000;

/**
 * The number on the bell. Asked every minute while someone is signed in and the tab is visible, and
 * again after each navigation or when the tab comes back, so it is fresh when the person looks.
 * These are background requests: they never renew an idle session.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly nudges = new Subject<void>();
  private readonly unread = signal(0);
  readonly count = this.unread.asReadonly();

  constructor() {
    const visible = fromEvent(this.document, 'visibilitychange').pipe(
      filter(() => this.document.visibilityState === 'visible'),
    );
    const navigated = inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd));
    toObservable(inject(AuthService).user)
      .pipe(
        map((user) => user?.id ?? null),
        distinctUntilChanged(),
        switchMap((userId) =>
          userId === null
            ? of(0)
            : merge(timer(0, UNREAD_POLL_MS), visible, navigated, this.nudges).pipe(
                filter(() => this.document.visibilityState !== 'hidden'),
                // A slow answer is not worth a second request on top of it.
                exhaustMap(() => this.fetch()),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((count) => this.unread.set(count));
  }

  /** After the person read something: the bell should not wait a minute to agree. */
  refresh(): void {
    this.nudges.next();
  }

  private fetch() {
    return this.http
      .get<UnreadNotificationsDto>(`${API_PREFIX}/notifications/unread-count`, { context: backgroundRequest() })
      .pipe(
        map((body) => body.count),
        // Keep showing the last count: a missed poll is not worth alarming anyone.
        catchError(() => EMPTY),
      );
  }
}
