import { type Signal, effect, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Page } from '@skema/contracts';
import { type Observable, Subject, combineLatest, startWith, switchMap } from 'rxjs';
import { LOADING, type Loadable, loadable } from '../../shared/data/loadable';

export interface PagedList<T> {
  /** The request under way, failed or answered. */
  readonly state: Signal<Loadable<Page<T>>>;
  /** The page on screen: kept while the next loads, so the sort header or paginator keeps focus. */
  readonly shown: Signal<Page<T> | null>;
  /** Reads the same page again (after an action changed it, or after a failure). */
  reload(): void;
}

/**
 * A tab's page of rows, read again whenever the address's query changes or `reload()` is called.
 * When the last rows of the last page went away (paid, approved, filtered out), `toLastPage` is told
 * the page that is now the last. Call in an injection context (a component's field or constructor).
 */
export function pagedList<Q, T>(
  query: Signal<Q>,
  load: (query: Q) => Observable<Page<T>>,
  toLastPage: (page: number) => void,
): PagedList<T> {
  const reloads = new Subject<void>();
  const state = toSignal(
    combineLatest([toObservable(query), reloads.pipe(startWith(undefined))]).pipe(
      switchMap(([current]) => loadable(load(current))),
    ),
    { initialValue: LOADING as Loadable<Page<T>> },
  );
  const shown = signal<Page<T> | null>(null);
  effect(() => {
    const current = state();
    if (current.kind === 'failed') shown.set(null);
    if (current.kind !== 'loaded') return;
    shown.set(current.value);
    const { items, total, page, pageSize } = current.value;
    if (items.length === 0 && total > 0 && page > 1) toLastPage(Math.ceil(total / pageSize));
  });
  return { state, shown: shown.asReadonly(), reload: () => reloads.next() };
}
