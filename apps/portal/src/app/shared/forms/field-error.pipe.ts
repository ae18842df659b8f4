import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The message for a field's first error, in the person's language:
 * `<mat-error>{{ form.controls.email.errors | skFieldError }}</mat-error>`.
 * A `server` error carries the API's own translated sentence and wins over everything else, since it
 * is why the last submit failed. Impure so it follows a language switch, like skDate.
 */
@Pipe({ name: 'skFieldError', pure: false })
export class SkFieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    const [key, detail] = Object.entries(errors)[0] ?? [];
    if (!key) return '';
    return this.transloco.translate(`validation.${key}`, errorParams(key, detail));
  }
}

function errorParams(key: string, detail: unknown): Record<string, unknown> {
  if (typeof detail !== 'object' || detail === null) return {};
  const value = detail as Record<string, unknown>;
  switch (key) {
    case 'minlength':
    case 'maxlength':
      return { length: value['requiredLength'] };
    default:
      return value;
  }
}
