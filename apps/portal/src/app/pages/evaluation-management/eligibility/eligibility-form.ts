import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { ELIGIBILITY_LIMITS, type EligibilityCheckDto, type SaveEligibilityRequest } from '@skema/contracts';

/**
 * The eligibility decision as a typed form: one pass/fail per item of the call's checklist, and a note
 * that a failed item must have (the CSO reads it), checked as the person types with the API's limits.
 */

export type EligibilityItemGroup = FormGroup<{
  key: FormControl<string>;
  passed: FormControl<boolean | null>;
  note: FormControl<string>;
}>;
export type EligibilityForm = FormGroup<{ items: FormArray<EligibilityItemGroup> }>;

/** A failed item needs a note of at least `noteMinLength` characters (spaces around it do not count). */
export function noteForFailedItem(control: AbstractControl<string | null>): ValidationErrors | null {
  const passed = control.parent?.get('passed')?.value as boolean | null | undefined;
  if (passed !== false) return null;
  const length = (control.value ?? '').trim().length;
  if (length === 0) return { noteRequired: true };
  return length < ELIGIBILITY_LIMITS.noteMinLength ? { noteTooShort: { min: ELIGIBILITY_LIMITS.noteMinLength } } : null;
}

function itemGroup(item: EligibilityCheckDto['items'][number]): EligibilityItemGroup {
  const group: EligibilityItemGroup = new FormGroup({
    key: new FormControl(item.key, { nonNullable: true }),
    passed: new FormControl<boolean | null>(item.passed, Validators.required),
    note: new FormControl(item.note ?? '', {
      nonNullable: true,
      validators: [noteForFailedItem, Validators.maxLength(ELIGIBILITY_LIMITS.noteMaxLength)],
    }),
  });
  // Marking an item failed makes its note required at once; passing it again lifts the rule.
  group.controls.passed.valueChanges.subscribe(() => {
    group.controls.note.updateValueAndValidity();
    if (group.controls.passed.dirty) group.controls.note.markAsTouched();
  });
  return group;
}

export function eligibilityForm(check: EligibilityCheckDto): EligibilityForm {
  return new FormGroup({ items: new FormArray(check.items.map(itemGroup)) });
}

/** The request for a valid form: every item once, notes trimmed (an empty note is none). */
export function eligibilityRequest(form: EligibilityForm): SaveEligibilityRequest {
  return {
    items: form.controls.items.controls.map(({ controls }) => ({
      key: controls.key.value,
      passed: controls.passed.value === true,
      note: controls.note.value.trim() || null,
    })),
  };
}

/** What the decision will be: eligible when every item passes, ineligible once one fails, else open. */
export function pendingOutcome(form: EligibilityForm): 'eligible' | 'ineligible' | null {
  const decisions = form.controls.items.controls.map((item) => item.controls.passed.value);
  if (decisions.some((passed) => passed === false)) return 'ineligible';
  return decisions.every((passed) => passed === true) ? 'eligible' : null;
}
