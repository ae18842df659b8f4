import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@skema/contracts';
import { isValidIban, isValidNuis, normaliseIban } from '@skema/domain';

/**
 * Validators for Skema's forms, each agreeing with the API's DTO rule of the same field so that a form
 * the portal accepts is one the API accepts. Empty values pass: `Validators.required` says "required".
 */

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** As the API's `@IsEmail`: something@domain.tld, no spaces. Angular's own accepts `a@b`. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;
/** As the API: digits, spaces, brackets and dashes, with an optional leading +. */
const PHONE = /^\+?[0-9 ()-]{6,30}$/;
const OTP = /^\d{6}$/;
/** A recovery code as the API issues them (`abcde-12345`), typed with or without the dash. */
const RECOVERY_CODE = /^[a-z0-9]{5}-?[a-z0-9]{5}$/i;

export function email(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || EMAIL.test(String(control.value).trim()) ? null : { email: true };
}

export function phone(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || PHONE.test(String(control.value).trim()) ? null : { phone: true };
}

/** Albanian NUIS: a letter, 8 digits, a letter. Spaces and lower case are forgiven, as on the API. */
export function nuis(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || isValidNuis(String(control.value)) ? null : { nuis: true };
}

/**
 * IBAN with its ISO 13616 checksum, so a mistyped digit is caught while typing. Until the number is
 * as long as the country's IBAN, the message says it is incomplete rather than wrong.
 */
export function iban(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const value = normaliseIban(String(control.value));
  if (isValidIban(value)) return null;
  if (/^AL/.test(value) && value.length < 28) return { ibanIncomplete: { length: value.length, expected: 28 } };
  return { iban: true };
}

/** The 6-digit code of an authenticator app. */
export function otpCode(control: AbstractControl<string | null>): ValidationErrors | null {
  return isEmpty(control.value) || OTP.test(String(control.value).replace(/\s/g, '')) ? null : { otp: true };
}

/** At sign-in a recovery code may stand in for the 6-digit code. */
export function otpOrRecoveryCode(control: AbstractControl<string | null>): ValidationErrors | null {
  if (isEmpty(control.value)) return null;
  const value = String(control.value).replace(/\s/g, '');
  return OTP.test(value) || RECOVERY_CODE.test(value) ? null : { otpOrRecovery: true };
}

/** The length rule the API enforces; whether it is guessable is the server's call (zxcvbn). */
export const newPassword: ValidatorFn = Validators.compose([
  Validators.required,
  (control: AbstractControl<string | null>) => {
    const length = String(control.value ?? '').length;
    if (length === 0) return null;
    if (length < PASSWORD_MIN_LENGTH) return { passwordTooShort: { min: PASSWORD_MIN_LENGTH, length } };
    if (length > PASSWORD_MAX_LENGTH) return { passwordTooLong: { max: PASSWORD_MAX_LENGTH } };
    return null;
  },
]) as ValidatorFn;

/** For a list chosen with checkboxes or chips (regions, areas of work): at least one. */
export function atLeastOne(control: AbstractControl<readonly unknown[] | null>): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length > 0 ? null : { atLeastOne: true };
}
