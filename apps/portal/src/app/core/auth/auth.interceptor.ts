import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { isProblemDetails } from '../http/api-failure';
import { isApiUrl } from '../http/api-url';
import { AuthService } from './auth.service';
import { IS_BACKGROUND, SKIPS_AUTH } from './auth-context';
import { SECURITY_PATH } from './auth-redirects';

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the access token to API requests. On a 401 (the token expired while the tab slept, or the
 * clock drifted) it refreshes once and retries once; a second 401 is a real refusal and goes to the
 * caller. Staff who must first set up their second factor are taken to that page.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.context.get(SKIPS_AUTH)) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.accessToken();

  return next(withToken(request, token)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      if (error.status === 403 && isProblemDetails(error.error) && error.error.code === 'second_factor_setup_required') {
        void router.navigateByUrl(SECURITY_PATH);
        return throwError(() => error);
      }
      // Without a token there was no session to renew; background requests must not renew one.
      if (error.status !== 401 || token === null || request.context.get(IS_BACKGROUND)) {
        return throwError(() => error);
      }
      // Another request may have renewed the token meanwhile: use that one rather than rotate again.
      const current = auth.accessToken();
      if (current !== null && current !== token) return next(withToken(request, current));
      return from(auth.refresh()).pipe(
        switchMap((fresh) => (fresh ? next(withToken(request, fresh)) : throwError(() => error))),
      );
    }),
  );
};
