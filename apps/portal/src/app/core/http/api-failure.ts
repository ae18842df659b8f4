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

/** Gateways answer these when the API behind them is down; the API itself would send problem details. */
const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

export function isProblemDetails(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof ProblemDetails, unknown>>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.title === 'string' &&
    typeof candidate.detail === 'string'
  );
}

export function toApiFailure(error: unknown): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'unexpected', status: null };
  if (error.status === 0) return { kind: 'unreachable' };
  if (isProblemDetails(error.error)) return { kind: 'problem', status: error.status, problem: error.error };
  if (GATEWAY_STATUSES.has(error.status)) return { kind: 'unreachable' };
  return { kind: 'unexpected', status: error.status };
}

/** The sentence to show a person; the server already translated `detail`, the rest comes from i18n. */
export function describeApiFailure(failure: ApiFailure, transloco: TranslocoService): string {
  switch (failure.kind) {
    case 'problem':
      return failure.problem.detail;
    case 'unreachable':
      return transloco.translate('errors.unreachable');
    case 'unexpected':
      return failure.status === null
        ? transloco.translate('errors.generic')
        : transloco.translate('errors.unexpected', { status: failure.status });
  }
}
