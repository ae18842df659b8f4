import { HttpErrorResponse } from '@angular/common/http';
import { TranslocoService } from '@jsverse/transloco';
import { ProblemDetails } from '@skema/contracts';

/**
 * What went wrong with an API call, in the terms a page needs to choose its message:
 * - `unreachable`: the API never answered (offline, server down, proxy without upstream);
 * - `problem`: the API answered with RFC 9457 problem details, `detail` already in the person's language;
 * - `unexpected`: something answered, but not in the API's error shape (or the failure was not HTTP).
 */
export type ApiFailure =
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'problem'; readonly status: number; readonly problem: ProblemDetails }
  | { readonly kind: 'unexpected'; readonly status: number | null };

export function isProblemDetails(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof ProblemDetails, unknown>>;
  return (
    typeof candidate.status === 'number' && typeof candidate.title === 'string' && typeof candidate.detail === 'string'
  );
}

export function toApiFailure(error: unknown): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'unexpected', status: null };
  if (error.status === 0) return { kind: 'unreachable' };
  if (isProblemDetails(error.error)) return { kind: 'problem', status: error.status, problem: error.error };
  // The API answers every failure with problem details (its exception filter), so a server error
  // without them came from whatever stands in front of it (dev proxy, gateway) failing to reach it.
  if (error.status >= 500) return { kind: 'unreachable' };
  return { kind: 'unexpected', status: error.status };
}

/** A translation key with its parameters, resolved where the current language is known. */
export interface TranslationRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The message for a failure the API did not describe itself (no problem details to quote). */
export function failureTranslation(failure: Exclude<ApiFailure, { kind: 'problem' }>): TranslationRef {
  if (failure.kind === 'unreachable') return { key: 'errors.unreachable' };
  return failure.status === null
    ? { key: 'errors.generic' }
    : { key: 'errors.unexpected', params: { status: failure.status } };
}

/** The sentence to show a person now; the server already translated a problem's `detail`. */
export function describeApiFailure(failure: ApiFailure, transloco: TranslocoService): string {
  if (failure.kind === 'problem') return failure.problem.detail;
  const { key, params } = failureTranslation(failure);
  return transloco.translate(key, params);
}
