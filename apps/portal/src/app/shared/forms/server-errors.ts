import { AbstractControl } from '@angular/forms';
import { ProblemDetails } from '@skema/contracts';
import { ApiFailure } from '../../core/http/api-failure';

export interface ProblemMapping {
  /** API field path → form control path, where the form is shaped differently from the request. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Problem code → the control its `detail` belongs under (e.g. `email_taken` → `applicant.email`). */
  readonly codes?: Readonly<Record<string, string>>;
}

/**
 * Puts the API's validation messages (already in the person's language) under the fields they are
 * about, as a `server` error that clears once the field is edited. Returns the messages no field
 * could take, for the form's alert.
 */
export function applyProblem(form: AbstractControl, problem: ProblemDetails, mapping: ProblemMapping = {}): string[] {
  const unplaced: string[] = [];
  const place = (path: string, message: string) => {
    const control = form.get(path);
    if (!control) return false;
    control.setErrors({ ...control.errors, server: message });
    control.markAsTouched();
    return true;
  };

  const codePath = mapping.codes?.[problem.code];
  if (codePath) {
    if (!place(codePath, problem.detail)) unplaced.push(problem.detail);
    return unplaced;
  }
  for (const error of problem.errors ?? []) {
    const path = mapping.fields?.[error.field] ?? error.field;
    if (!place(path, error.message)) unplaced.push(error.message);
  }
  // A validation failure whose fields all found their place needs no summary beyond them.
  if (unplaced.length === 0 && !(problem.errors?.length)) unplaced.push(problem.detail);
  return unplaced;
}

/** The same for any failure: problem details go to the fields, anything else is one message. */
export function placeFailure(
  form: AbstractControl,
  failure: ApiFailure,
  describe: (failure: ApiFailure) => string,
  mapping: ProblemMapping = {},
): string[] {
  return failure.kind === 'problem' ? applyProblem(form, failure.problem, mapping) : [describe(failure)];
}

/**
 * Moves focus to the first field with an error after a failed submit, so keyboard and screen-reader
 * users land where the problem is, and its message (linked by aria-describedby) is read out.
 */
export function focusFirstInvalid(root: HTMLElement): void {
  const field = root.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-selection-list.ng-invalid, [role="group"].ng-invalid input, .ng-invalid [role="checkbox"], .ng-invalid input[type="checkbox"]',
  );
  field?.focus();
}
