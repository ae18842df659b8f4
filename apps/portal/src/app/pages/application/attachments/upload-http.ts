import { HttpBackend, HttpClient, HttpXhrBackend, provideHttpClient, withInterceptors } from '@angular/common/http';
import { EnvironmentInjector, Injectable, InjectionToken, createEnvironmentInjector, inject } from '@angular/core';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { acceptLanguageInterceptor } from '../../../core/http/accept-language.interceptor';
import { httpErrorInterceptor } from '../../../core/http/http-error.interceptor';

/**
 * The backend uploads go through: XMLHttpRequest, because the app's `fetch` backend reports download
 * progress only, never upload progress. Specs put the testing backend here.
 */
export const UPLOAD_BACKEND = new InjectionToken<HttpBackend>('UPLOAD_BACKEND', {
  providedIn: 'root',
  factory: () => inject(HttpXhrBackend),
});

/**
 * An HttpClient for uploads with progress: the same interceptors as the app's client (language,
 * access token with refresh, error reporting; keep them in step with app.config.ts), over XHR.
 */
@Injectable({ providedIn: 'root' })
export class UploadHttp {
  readonly client: HttpClient = createEnvironmentInjector(
    [
      provideHttpClient(withInterceptors([acceptLanguageInterceptor, httpErrorInterceptor, authInterceptor])),
      { provide: HttpBackend, useFactory: () => inject(UPLOAD_BACKEND) },
    ],
    inject(EnvironmentInjector),
  ).get(HttpClient);
}
