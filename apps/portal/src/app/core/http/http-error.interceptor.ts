import { HttpContext, HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, throwError } from 'rxjs';
import { describeApiFailure, toApiFailure } from './api-failure';
import { isApiUrl } from './api-url';

/**
 * Set on a request whose caller shows its own failure (an error state with a retry, field errors on a
 * form); every other API failure is unexpected and surfaces in a snackbar so it is never silent.
 */
export const HANDLES_OWN_ERRORS = new HttpContextToken<boolean>(() => false);

export function handlesOwnErrors(): HttpContext {
  return new HttpContext().set(HANDLES_OWN_ERRORS, true);
}

const SNACKBAR_DURATION_MS = 10_000;

export const httpErrorInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.context.get(HANDLES_OWN_ERRORS)) return next(request);
  const snackBar = inject(MatSnackBar);
  const transloco = inject(TranslocoService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        const message = describeApiFailure(toApiFailure(error), transloco);
        snackBar.open(message, transloco.translate('common.dismiss'), {
          duration: SNACKBAR_DURATION_MS,
          politeness: 'assertive',
        });
      }
      // The caller still learns of the failure, e.g. to re-enable a button.
      return throwError(() => error);
    }),
  );
};
