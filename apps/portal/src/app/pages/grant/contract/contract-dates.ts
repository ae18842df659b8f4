import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import type { CreateGrantRequest } from '@skema/contracts';

/**
 * The contract's dates as the programme manager picks them (`<input type="date">` gives `YYYY-MM-DD`,
 * days in Albania without a time). The end must come after the start, checked as they are picked;
 * whether the duration fits the call's bounds is the API's answer (it knows the call).
 */
export type ContractDatesForm = FormGroup<{ startDate: FormControl<string>; endDate: FormControl<string> }>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written `YYYY-MM-DD` (no 30 February), or empty (`required` says so). */
export function isoDate(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value ?? '';
  if (value === '') return null;
  if (!DATE.test(value)) return { date: true };
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : { date: true };
}

/** On the group: an end date on or before the start puts `endNotAfterStart` on the end date's field. */
export function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startDate');
  const end = group.get('endDate');
  if (!start || !end) return null;
  const { endNotAfterStart: _previous, ...others } = end.errors ?? {};
  // Dates written `YYYY-MM-DD` order as text.
  const wrong = start.valid && !!end.value && isoDate(end) === null && end.value <= start.value;
  const errors = wrong ? { ...others, endNotAfterStart: true } : others;
  end.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  return null;
}

export function contractDatesForm(): ContractDatesForm {
  return new FormGroup(
    {
      startDate: new FormControl('', { nonNullable: true, validators: [Validators.required, isoDate] }),
      endDate: new FormControl('', { nonNullable: true, validators: [Validators.required, isoDate] }),
    },
    { validators: endAfterStart },
  );
}

export function createGrantRequest(form: ContractDatesForm): CreateGrantRequest {
  const { startDate, endDate } = form.getRawValue();
  return { startDate, endDate };
}
