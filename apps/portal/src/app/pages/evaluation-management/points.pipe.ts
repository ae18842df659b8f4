import { formatNumber } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../../core/i18n/language.service';
// Registers Angular's Albanian and British locale data, which formatNumber needs (as skMoney does).
import '../../core/i18n/locale-format';

/**
 * Scores as the committee reads them, in the reader's locale: consolidated scores travel as whole
 * hundredths (7133 → `71,33` in Albanian, `71.33` in English), evaluators' points as whole points.
 * Impure, like skMoney, so it follows a language switch.
 */
@Pipe({ name: 'skPoints', pure: false })
export class SkPointsPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, unit: 'hundredths' | 'points' = 'hundredths'): string {
    if (value === null || value === undefined) return '—';
    return unit === 'hundredths'
      ? formatNumber(value / 100, this.language.formatLocale(), '1.2-2')
      : formatNumber(value, this.language.formatLocale(), '1.0-2');
  }
}
