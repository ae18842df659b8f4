import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The message for a field's first error, from the grant pages' translations (amounts in EUR, the
 * contract's dates, a return's comments). A `server` error is the API's own sentence and wins.
 * Impure so it follows a language switch, like the shared skFieldError.
 */
@Pipe({ name: 'skGrantError', pure: false })
export class GrantErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    const [key, detail] = Object.entries(errors)[0] ?? [];
    if (!key) return '';
    const params =
      key === 'maxlength' && typeof detail === 'object' && detail !== null
        ? { length: (detail as Record<string, unknown>)['requiredLength'] }
        : {};
    return this.transloco.translate(`grant.validation.${key}`, params);
  }
}
