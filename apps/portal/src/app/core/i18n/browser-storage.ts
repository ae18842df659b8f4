import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/**
 * `localStorage`, or `null` where it cannot be used. Merely reading `window.localStorage` throws a
 * `SecurityError` when the browser blocks site data, so callers must not touch the global directly.
 */
export const BROWSER_STORAGE = new InjectionToken<Storage | null>('BROWSER_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  },
});
