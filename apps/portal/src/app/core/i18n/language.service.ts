import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALES, Locale, isLocale } from '@skema/contracts';
import { BROWSER_STORAGE } from './browser-storage';

export const LANGUAGE_STORAGE_KEY = 'skema.language';

/**
 * The locale numbers and dates are formatted in, per interface language. English uses the British
 * conventions of EU documents: en-US would print 7 March as "3/7", which Albanian readers misread.
 */
export const FORMAT_LOCALES: Readonly<Record<Locale, string>> = { sq: 'sq', en: 'en-GB' };

/**
 * The one source of truth for the person's language. Everything that depends on it (Transloco,
 * `<html lang>`, formatting pipes, the `Accept-Language` header) reads it from here, so a switch is
 * a single call and nothing can drift out of step.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(BROWSER_STORAGE);

  readonly languages: readonly Locale[] = LOCALES;

  private readonly current = signal<Locale>(this.restore());
  readonly language = this.current.asReadonly();
  readonly formatLocale = computed(() => FORMAT_LOCALES[this.current()]);

  constructor() {
    this.apply(this.current());
  }

  use(language: Locale): void {
    if (language === this.current()) return;
    this.current.set(language);
    this.apply(language);
    this.persist(language);
  }

  private apply(language: Locale): void {
    // Transloco re-renders every translated view synchronously on a switch; skipping a no-op switch
    // keeps a service created mid-render from re-entering the view being created.
    if (this.transloco.getActiveLang() !== language) this.transloco.setActiveLang(language);
    // Screen readers pick their voice from `lang`; a stale value reads Albanian with English rules.
    this.document.documentElement.lang = language;
  }

  private restore(): Locale {
    try {
      const stored = this.storage?.getItem(LANGUAGE_STORAGE_KEY);
      return isLocale(stored) ? stored : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }

  private persist(language: Locale): void {
    try {
      this.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage full or blocked: the choice still holds for this visit.
    }
  }
}
