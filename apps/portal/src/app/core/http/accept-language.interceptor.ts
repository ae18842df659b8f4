import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService } from '../i18n/language.service';
import { isApiUrl } from './api-url';

/** The API writes problem details, e-mails and exports in the language it is asked for. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.headers.has('Accept-Language')) return next(request);
  const language = inject(LanguageService).language();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
