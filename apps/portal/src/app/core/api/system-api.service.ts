import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AppInfoDto, HealthResponse } from '@skema/contracts';
import { Observable, catchError, of, throwError } from 'rxjs';
import { API_PREFIX } from '../http/api-url';
import { handlesOwnErrors } from '../http/http-error.interceptor';

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const { status, details } = body as Partial<Record<keyof HealthResponse, unknown>>;
  return (status === 'ok' || status === 'error') && typeof details === 'object' && details !== null;
}

/** The API's own endpoints about itself. Callers show failures in place, so no snackbar. */
@Injectable({ providedIn: 'root' })
export class SystemApi {
  private readonly http = inject(HttpClient);

  /** A 503 carries the same body: it is an answer (some component is down), not a failure. */
  health(): Observable<HealthResponse> {
    return this.http
      .get<HealthResponse>(`${API_PREFIX}/health`, { context: handlesOwnErrors() })
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isHealthResponse(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }

  info(): Observable<AppInfoDto> {
    return this.http.get<AppInfoDto>(`${API_PREFIX}/info`, { context: handlesOwnErrors() });
  }
}
