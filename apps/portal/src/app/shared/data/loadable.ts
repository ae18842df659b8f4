import { Observable, catchError, map, of, startWith } from 'rxjs';
import { ApiFailure, toApiFailure } from '../../core/http/api-failure';

/** What a page shows for data it asked the API for: a loading state, an error with retry, or the data. */
export type Loadable<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly failure: ApiFailure }
  | { readonly kind: 'loaded'; readonly value: T };

export const LOADING: Loadable<never> = { kind: 'loading' };

/** Wraps a request so it never errors: it starts as `loading` and ends `loaded` or `failed`. */
export function loadable<T>(source: Observable<T>): Observable<Loadable<T>> {
  return source.pipe(
    map((value): Loadable<T> => ({ kind: 'loaded', value })),
    startWith(LOADING),
    catchError((error: unknown) => of<Loadable<T>>({ kind: 'failed', failure: toApiFailure(error) })),
  );
}
