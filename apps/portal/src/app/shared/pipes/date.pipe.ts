import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../../core/i18n/language.service';
import { DateDisplay, formatDate } from '../../core/i18n/locale-format';

/**
 * `{{ call.deadline | skDate }}` → `7.3.2025` (sq) / `07/03/2025` (en), always in Europe/Tirane time.
 * Impure for the same reason as skMoney: it follows the language switch.
 */
@Pipe({ name: 'skDate', pure: false })
export class SkDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: Date | string | number | null | undefined, display: DateDisplay = 'date'): string {
    if (value === null || value === undefined || value === '') return '';
    return formatDate(value, display, this.language.formatLocale());
  }
}
