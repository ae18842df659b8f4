import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';
import { syncLanguagePreference } from './language-preference';

/**
 * Resumes the session at start-up without holding up the first paint: public pages render at once,
 * and guards of signed-in pages wait for the answer (AuthService.whenReady). The account's language
 * follows the portal's (language-preference.ts).
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      void inject(AuthService).start();
      syncLanguagePreference();
    }),
  ]);
}
