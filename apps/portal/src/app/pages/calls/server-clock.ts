import { DestroyRef, Signal, computed, inject, signal } from '@angular/core';
import type { Loadable } from '../../shared/data/loadable';
import type { Timed } from './calls-api';

/**
 * The server's time, ticking once a second for as long as the component that asked for it lives,
 * set by the clock offset of the page's latest answer (the device's own clock until there is one).
 * One ticker per page: every countdown on it reads the same signal.
 */
export function serverClock(answer: Signal<Loadable<Timed<unknown>>>, periodMs = 1_000): Signal<number> {
  const deviceNow = signal(Date.now());
  const timer = setInterval(() => deviceNow.set(Date.now()), periodMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  const offsetMs = computed(() => {
    const state = answer();
    return state.kind === 'loaded' ? state.value.clockOffsetMs : 0;
  });
  return computed(() => deviceNow() + offsetMs());
}
