import {
  EnvironmentProviders,
  importProvidersFrom,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import sq from '../../public/i18n/sq.json';
import { LanguageService } from '../app/core/i18n/language.service';

/**
 * Transloco with the real dictionaries, loaded synchronously: specs assert the words people read,
 * and a key missing from a file fails the spec that uses it.
 */
export function provideTranslocoTesting(): EnvironmentProviders {
  return makeEnvironmentProviders([
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: { sq, en },
        translocoConfig: {
          availableLangs: ['sq', 'en'],
          defaultLang: 'sq',
          fallbackLang: 'sq',
          reRenderOnLangChange: true,
        },
        preloadLangs: true,
      }),
    ),
    // As in the app (provideI18n): the person's language is settled before anything renders.
    provideAppInitializer(() => {
      inject(LanguageService);
    }),
  ]);
}
