import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';

/**
 * Resumes the session at start-up without holding up the first paint: public pages render at once,
 * and guards of signed-in pages wait for the answer (AuthService.whenReady).
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      void inject(AuthService).start();
    }),
  ]);
}
