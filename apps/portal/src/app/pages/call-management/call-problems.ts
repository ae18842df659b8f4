import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import type { ProblemDetails } from '@skema/contracts';
import { applyProblem } from '../../shared/forms/server-errors';
import { type CallFormSection, formPathOfField, sectionOfField } from './call-field-paths';
import type { LotFormValue } from './call-form-mapping';

/** One problem the API listed, with where it belongs in the form (for a link to it), if anywhere. */
export interface ProblemItem {
  readonly message: string;
  /** Form path of the field, when the form has one (see `data-path`). */
  readonly path: string | null;
  readonly section: CallFormSection | null;
}

/**
 * Every problem of a refused save, publication or amendment, in the API's order. Each is also put
 * under its field when that field is a single control; a problem about a whole list ("no lots") or
 * a computed value (a section's maximum) stays in the list only, so it never blocks the next save.
 */
export function placeProblems(form: AbstractControl, problem: ProblemDetails, lots: readonly LotFormValue[]): ProblemItem[] {
  const items = (problem.errors ?? []).map((error): ProblemItem => {
    const path = formPathOfField(error.field, lots);
    return {
      message: error.message,
      path: form.get(path) instanceof FormControl ? path : null,
      section: sectionOfField(error.field),
    };
  });
  const placeable = (problem.errors ?? []).filter((_, i) => items[i].path !== null);
  const fields = Object.fromEntries(placeable.map((error) => [error.field, formPathOfField(error.field, lots)]));
  if (placeable.length) applyProblem(form, { ...problem, errors: placeable }, { fields });
  return items;
}

/**
 * Forgets the API's answers before asking it again: a publication problem ("envelope below the
 * minimum grant") may be fixed elsewhere (a lower minimum), so it must not keep blocking the field.
 */
export function clearServerErrors(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach(clearServerErrors);
  } else if (control.hasError('server')) {
    control.updateValueAndValidity({ emitEvent: false });
  }
}
