import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { provideAuth } from './core/auth/auth.providers';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { httpErrorInterceptor } from './core/http/http-error.interceptor';
import { provideI18n } from './core/i18n/i18n.providers';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Order matters: the language header is set first; the error handler sits outside the auth
    // interceptor so it only sees what is left after a refresh-and-retry, not the first 401.
    provideHttpClient(
      withFetch(),
      withInterceptors([acceptLanguageInterceptor, httpErrorInterceptor, authInterceptor]),
    ),
    provideI18n(),
    provideAuth(),
  ],
};
