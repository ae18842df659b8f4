import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

/**
 * The message for a field's first error, from this workspace's translations (notes, points, awards
 * have rules of their own). A `server` error is the API's own sentence and wins. Impure so it follows
 * a language switch, like the shared skFieldError.
 */
@Pipe({ name: 'skEvaluationError', pure: false })
export class EvaluationErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return errors['server'];
    const [key, detail] = Object.entries(errors)[0] ?? [];
    if (!key) return '';
    return this.transloco.translate(`evaluationManagement.validation.${key}`, errorParams(key, detail));
  }
}

function errorParams(key: string, detail: unknown): Record<string, unknown> {
  if (typeof detail !== 'object' || detail === null) return {};
  const value = detail as Record<string, unknown>;
  return key === 'minlength' || key === 'maxlength' ? { length: value['requiredLength'] } : value;
}
