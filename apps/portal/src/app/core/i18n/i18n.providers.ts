import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeSq from '@angular/common/locales/sq';
import {
  EnvironmentProviders,
  LOCALE_ID,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES } from '@skema/contracts';
import { catchError, firstValueFrom, of } from 'rxjs';
import { FORMAT_LOCALES, LanguageService } from './language.service';
import { TranslocoHttpLoader } from './transloco-http.loader';

/**
 * Transloco, Angular locale data and the first language load. Keys are Skema's own words (GLOSSARY),
 * and Albanian is both the default and the fallback, as DESIGN §1 requires.
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
    // Angular's own pipes read LOCALE_ID once at start-up; Skema's skDate/skMoney pipes follow the
    // language switch, so templates use those.
    { provide: LOCALE_ID, useFactory: () => inject(LanguageService).formatLocale() },
    provideAppInitializer(() => {
      registerLocaleData(localeSq, FORMAT_LOCALES.sq);
      registerLocaleData(localeEnGb, FORMAT_LOCALES.en);
      const language = inject(LanguageService).language();
      // Rendering before the dictionary arrives would flash raw keys at the person. If the file
      // cannot be fetched the app still starts (missing keys show) rather than staying blank.
      return firstValueFrom(inject(TranslocoService).load(language).pipe(catchError(() => of(null))));
    }),
  ]);
}
