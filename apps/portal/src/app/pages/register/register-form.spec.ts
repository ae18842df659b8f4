import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { ProblemDetails } from '@skema/contracts';
import { applyProblem } from '../../shared/forms/server-errors';
import { REGISTRATION_PROBLEMS, buildRegisterForm, toRegistrationRequest } from './register-form';

function filledForm() {
  const form = buildRegisterForm(TestBed.inject(NonNullableFormBuilder));
  form.setValue({
    organisation: {
      legalName: '  Shoqata Shpresa ',
      acronym: '',
      registrationNumber: 'l 12345678 a',
      legalForm: 'association',
      address: 'Rruga e Kavajës 50, Tiranë',
      email: 'info@shpresa.org ',
      phone: '+355 4 222 3333',
      regions: ['TIR', 'KUK'],
      areasOfWork: ['employment'],
      iban: 'al47 2121 1009 0000 0002 3569 8741',
    },
    applicant: { displayName: 'Drita Kola', email: ' drita@shpresa.org', password: 'Lumi i Drinit te Bardhe 7' },
  });
  return form;
}

describe('registration form', () => {
  it('is valid once every section is filled in', () => {
    expect(filledForm().valid).toBe(true);
  });

  it('needs at least one region and one area of work', () => {
    const form = filledForm();
    form.controls.organisation.controls.regions.setValue([]);
    expect(form.controls.organisation.controls.regions.errors).toEqual({ atLeastOne: true });
  });

  it('sends identifiers the way the API stores them, and the language e-mails should use', () => {
    const request = toRegistrationRequest(filledForm(), 'en');

    expect(request.organisation).toEqual(
      expect.objectContaining({
        legalName: 'Shoqata Shpresa',
        acronym: undefined,
        registrationNumber: 'L12345678A',
        iban: 'AL47212110090000000235698741',
        email: 'info@shpresa.org',
      }),
    );
    expect(request.applicant).toEqual({
      displayName: 'Drita Kola',
      email: 'drita@shpresa.org',
      password: 'Lumi i Drinit te Bardhe 7',
      locale: 'en',
    });
  });

  it('puts the API’s refusals under the fields they concern', () => {
    const form = filledForm();
    const refuse = (code: string, detail: string): ProblemDetails => ({ type: 'x', title: 'x', status: 409, code, detail });

    applyProblem(form, refuse('organisation_exists', 'NUIS i regjistruar.'), REGISTRATION_PROBLEMS);
    applyProblem(form, refuse('password_too_weak', 'Merret me mend lehtë.'), REGISTRATION_PROBLEMS);
    applyProblem(
      form,
      { ...refuse('validation_failed', 'x'), errors: [{ field: 'organisation.iban', message: 'IBAN i pavlefshëm.' }] },
      REGISTRATION_PROBLEMS,
    );

    expect(form.get('organisation.registrationNumber')?.errors).toEqual({ server: 'NUIS i regjistruar.' });
    expect(form.get('applicant.password')?.errors).toEqual({ server: 'Merret me mend lehtë.' });
    expect(form.get('organisation.iban')?.errors).toEqual({ server: 'IBAN i pavlefshëm.' });
  });
});
