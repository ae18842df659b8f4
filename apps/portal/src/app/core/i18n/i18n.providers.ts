import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES } from '@skema/contracts';
import { catchError, firstValueFrom, of } from 'rxjs';
import { LanguageService } from './language.service';
import { TranslocoHttpLoader } from './transloco-http.loader';

/**
 * Transloco and the first language load. Keys are Skema's own words (GLOSSARY), and Albanian is
 * both the default and the fallback, as DESIGN §1 requires.
 *
 * LOCALE_ID is deliberately left alone: Angular reads it once at start-up, so its built-in number and
 * date pipes could not follow a language switch. Templates format with skMoney/skDate instead, which
 * carry their own locale data (locale-format.ts) into the lazy pages that use them.
 */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() => {
      const language = inject(LanguageService).language();
      // Rendering before the dictionary arrives would flash raw keys at the person. If the file
      // cannot be fetched the app still starts (missing keys show) rather than staying blank.
      return firstValueFrom(
        inject(TranslocoService)
          .load(language)
          .pipe(catchError(() => of(null))),
      );
    }),
  ]);
}
