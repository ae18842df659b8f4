import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { formatDate } from '../../core/i18n/locale-format';

/**
 * The message for a field's first error, from this workspace's translations (a bank reference and a
 * date paid have rules of their own). A `server` error is the API's own sentence and wins. Impure so
 * it follows a language switch, like the shared skFieldError.
 */
@Pipe({ name: 'skPaymentError', pure: false })
export class PaymentErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    const [key, detail] = Object.entries(errors)[0] ?? [];
    if (!key) return '';
    return this.transloco.translate(`payments.validation.${key}`, this.params(key, detail));
  }

  private params(key: string, detail: unknown): Record<string, unknown> {
    if (typeof detail !== 'object' || detail === null) return {};
    const value = detail as Record<string, unknown>;
    if (key === 'maxlength') return { length: value['requiredLength'] };
    const date = value['date'];
    return typeof date === 'string' ? { date: formatDate(date, 'date', this.language.formatLocale()) } : {};
  }
}
