import { effect, inject, untracked } from '@angular/core';
import type { Locale } from '@skema/contracts';
import { LanguageService } from '../i18n/language.service';
import { AuthApi } from './auth-api';
import { AuthService } from './auth.service';

/**
 * Keeps the account's language (that of its e-mails and receipts) the one the person uses the portal
 * in: after signing in, and whenever they switch. Must run in an injection context (an initializer).
 * A failure is harmless (the next switch tries again), so it is not shown.
 */
export function syncLanguagePreference(): void {
  const auth = inject(AuthService);
  const language = inject(LanguageService);
  const api = inject(AuthApi);
  let known: { userId: string; locale: Locale } | null = null;
  effect(() => {
    const user = auth.user();
    const current = language.language();
    if (!user) {
      known = null;
      return;
    }
    if (known?.userId !== user.id) known = { userId: user.id, locale: user.locale };
    if (known.locale === current) return;
    known = { userId: user.id, locale: current };
    untracked(() => api.setLocale(current).subscribe({ error: () => undefined }));
  });
}
