import { HttpContext, HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, throwError } from 'rxjs';
import { describeApiFailure, toApiFailure } from './api-failure';
import { isApiUrl } from './api-url';
import { ErrorNotifier } from './error-notifier.service';

/**
 * Set on a request whose caller shows its own failure (an error state with a retry, field errors on a
 * form); every other API failure is unexpected and surfaces in a snackbar so it is never silent.
 */
export const HANDLES_OWN_ERRORS = new HttpContextToken<boolean>(() => false);

export function handlesOwnErrors(): HttpContext {
  return new HttpContext().set(HANDLES_OWN_ERRORS, true);
}

export const httpErrorInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.context.get(HANDLES_OWN_ERRORS)) return next(request);
  const notifier = inject(ErrorNotifier);
  const transloco = inject(TranslocoService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) notifier.notify(describeApiFailure(toApiFailure(error), transloco));
      // The caller still learns of the failure, e.g. to re-enable a button.
      return throwError(() => error);
    }),
  );
};
