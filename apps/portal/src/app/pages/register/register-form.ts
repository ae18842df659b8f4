import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { AreaOfWork, LegalForm, Locale, RegionCode, RegisterOrganisationRequest } from '@skema/contracts';
import { normaliseIban, normaliseNuis } from '@skema/domain';
import { ProblemMapping } from '../../shared/forms/server-errors';
import { atLeastOne, email, iban, newPassword, nuis, phone } from '../../shared/forms/validators';

/** The registration form, shaped like the request so the API's field paths fit it as they are. */
export function buildRegisterForm(fb: NonNullableFormBuilder) {
  return fb.group({
    organisation: fb.group({
      legalName: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
      acronym: ['', Validators.maxLength(30)],
      registrationNumber: ['', [Validators.required, nuis]],
      legalForm: fb.control<LegalForm | ''>('', Validators.required),
      address: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(300)]],
      email: ['', [Validators.required, email, Validators.maxLength(254)]],
      phone: ['', [Validators.required, phone]],
      regions: fb.control<RegionCode[]>([], atLeastOne),
      areasOfWork: fb.control<AreaOfWork[]>([], atLeastOne),
      iban: ['', [Validators.required, iban]],
    }),
    applicant: fb.group({
      displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
      email: ['', [Validators.required, email, Validators.maxLength(254)]],
      password: ['', newPassword],
    }),
  });
}

export type RegisterForm = ReturnType<typeof buildRegisterForm>;

/** Problems the API reports by code rather than by field, and the field each is about. */
export const REGISTRATION_PROBLEMS: ProblemMapping = {
  codes: {
    organisation_exists: 'organisation.registrationNumber',
    email_taken: 'applicant.email',
    password_too_short: 'applicant.password',
    password_too_long: 'applicant.password',
    password_too_weak: 'applicant.password',
  },
};

export function toRegistrationRequest(form: RegisterForm, locale: Locale): RegisterOrganisationRequest {
  const { organisation, applicant } = form.getRawValue();
  return {
    organisation: {
      legalName: organisation.legalName.trim(),
      acronym: organisation.acronym.trim() || undefined,
      registrationNumber: normaliseNuis(organisation.registrationNumber),
      legalForm: organisation.legalForm as LegalForm,
      regions: organisation.regions,
      address: organisation.address.trim(),
      email: organisation.email.trim(),
      phone: organisation.phone.trim(),
      areasOfWork: organisation.areasOfWork,
      iban: normaliseIban(organisation.iban),
    },
    // E-mails to the applicant go out in the language they registered in.
    applicant: { displayName: applicant.displayName.trim(), email: applicant.email.trim(), password: applicant.password, locale },
  };
}
