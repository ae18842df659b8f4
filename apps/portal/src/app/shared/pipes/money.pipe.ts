import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../../core/i18n/language.service';
import { Currency, MoneyDisplay, formatMoney } from '../../core/i18n/locale-format';

/**
 * `{{ grant.awardCents | skMoney }}` → `12 345,00 €` (sq) / `€12,345.00` (en).
 * Takes the API's integer minor units (EUR cents, ALL lekë) so no caller divides by hand.
 * Impure because the result depends on the active language, not only on the arguments; the
 * formatter cache keeps that cheap.
 */
@Pipe({ name: 'skMoney', pure: false })
export class SkMoneyPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(
    amountMinor: number | null | undefined,
    currency: Currency = 'EUR',
    display: MoneyDisplay = 'exact',
  ): string {
    if (amountMinor === null || amountMinor === undefined) return '';
    return formatMoney(amountMinor, currency, this.language.formatLocale(), display);
  }
}
