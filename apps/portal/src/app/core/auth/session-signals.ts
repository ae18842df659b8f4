import { DOCUMENT, InjectionToken, inject } from '@angular/core';
import { Observable, fromEvent, merge, throttleTime } from 'rxjs';
import { BROWSER_STORAGE } from '../i18n/browser-storage';

/**
 * Emits when the person does something (a key, a click, a tap, a scroll by wheel). Only this counts as
 * "active": the portal's own polling must not keep a session alive (DESIGN: 30 minutes idle).
 */
export const USER_ACTIVITY = new InjectionToken<Observable<unknown>>('USER_ACTIVITY', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'].map((type) =>
      fromEvent(document, type, { passive: true, capture: true }),
    );
    // Several events per second add nothing; one every few seconds is enough to know.
    return merge(...events).pipe(throttleTime(5_000));
  },
});

/**
 * Runs a refresh so that only one tab of this browser refreshes at a time. The refresh token rotates
 * and the API ends the whole session when an old one is presented again, so two tabs refreshing with
 * the same cookie at once would sign the person out. Web Locks serialise them; where the API is
 * missing (old browsers, tests) the task just runs.
 */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>;

export const REFRESH_LOCK = new InjectionToken<RefreshLock>('REFRESH_LOCK', {
  providedIn: 'root',
  factory: () => {
    const locks = inject(DOCUMENT).defaultView?.navigator?.locks;
    if (!locks) return (task) => task();
    // `request` resolves with what the callback resolves with; its typing nests the promise.
    return <T>(task: () => Promise<T>) => locks.request('skema-session-refresh', task) as Promise<T>;
  },
});

const HINT_KEY = 'skema.signedIn';

/**
 * Whether this browser was signed in when last seen. Only a yes/no (never a token): it spares every
 * anonymous visitor a refresh call that can only fail. When storage is blocked we cannot know, so the
 * portal asks the API anyway.
 */
export const SESSION_HINT = new InjectionToken<SessionHint>('SESSION_HINT', {
  providedIn: 'root',
  factory: () => {
    const storage = inject(BROWSER_STORAGE);
    return {
      maybeSignedIn: () => {
        try {
          return storage === null || storage.getItem(HINT_KEY) === '1';
        } catch {
          return true;
        }
      },
      remember: (signedIn: boolean) => {
        try {
          if (signedIn) storage?.setItem(HINT_KEY, '1');
          else storage?.removeItem(HINT_KEY);
        } catch {
          // Blocked storage: the next visit simply asks the API.
        }
      },
    };
  },
});

export interface SessionHint {
  maybeSignedIn(): boolean;
  remember(signedIn: boolean): void;
}

/** Tells the other tabs of this browser that the person signed out, so none keeps showing their data. */
export const AUTH_CHANNEL = new InjectionToken<BroadcastChannel | null>('AUTH_CHANNEL', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    return view && 'BroadcastChannel' in view ? new view.BroadcastChannel('skema-auth') : null;
  },
});
