import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { MarkPaymentPaidRequest, RejectPaymentRequest } from '@skema/contracts';
import { instantToTiraneLocal } from '@skema/domain';

/** The API's limits (`RejectPaymentDto`, `MarkPaymentPaidDto`), so the form refuses what the API would. */
export const REJECT_REASON_MAX_LENGTH = 1000;
export const BANK_REFERENCE_MAX_LENGTH = 60;
/** Letters, digits, spaces and `. / _ -`: what bank statements print as a transfer's reference. */
const BANK_REFERENCE = /^[\p{L}\p{N} ./_-]+$/u;

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Tirana, whatever the device's clock zone. */
export function tiraneDate(instant: Date | string): string {
  return instantToTiraneLocal(typeof instant === 'string' ? new Date(instant) : instant).slice(0, 10);
}

/** Spaces alone are no answer: a reason or a reference must say something. */
const notBlank: ValidatorFn = (control: AbstractControl<string | null>) =>
  (control.value ?? '').trim() === '' ? { required: true } : null;

/** `YYYY-MM-DD` strings compare as dates. `today` is read at each check, so a form left open past midnight follows. */
function dateWithin(earliest: string | null, today: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    if (!value) return null;
    if (value > today()) return { future: true };
    if (earliest && value < earliest) return { beforeApproval: { date: earliest } };
    return null;
  };
}

export type RejectForm = FormGroup<{ reason: FormControl<string> }>;

export function rejectForm(): RejectForm {
  return new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(REJECT_REASON_MAX_LENGTH)],
    }),
  });
}

export function toRejectRequest(form: RejectForm): RejectPaymentRequest {
  return { reason: form.controls.reason.value.trim() };
}

export type MarkPaidForm = FormGroup<{ bankReference: FormControl<string>; paidOn: FormControl<string> }>;

/**
 * The bank's reference and the transfer's date: by default today, never in the future (Tirana's
 * today) nor before the payment was approved, as the API checks too.
 */
export function markPaidForm(approvedAt: string | null, now: () => Date = () => new Date()): MarkPaidForm {
  const today = () => tiraneDate(now());
  return new FormGroup({
    bankReference: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(BANK_REFERENCE_MAX_LENGTH), Validators.pattern(BANK_REFERENCE)],
    }),
    paidOn: new FormControl(today(), {
      nonNullable: true,
      validators: [Validators.required, dateWithin(approvedAt ? tiraneDate(approvedAt) : null, today)],
    }),
  });
}

export function toMarkPaidRequest(form: MarkPaidForm): MarkPaymentPaidRequest {
  const { bankReference, paidOn } = form.getRawValue();
  return { bankReference: bankReference.trim(), paidOn };
}
