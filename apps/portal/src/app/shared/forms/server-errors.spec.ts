import { FormControl, FormGroup } from '@angular/forms';
import { ProblemDetails } from '@skema/contracts';
import { applyProblem, placeFailure } from './server-errors';

function registrationForm() {
  return new FormGroup({
    organisation: new FormGroup({ iban: new FormControl('AL47'), registrationNumber: new FormControl('L12345678A') }),
    applicant: new FormGroup({ email: new FormControl('a@b.org'), password: new FormControl('x') }),
  });
}

const validation: ProblemDetails = {
  type: 'about:blank',
  title: 'Bad request',
  status: 400,
  code: 'validation_failed',
  detail: 'Some fields are not filled in correctly.',
  errors: [
    { field: 'organisation.iban', message: 'The field organisation.iban must be a valid IBAN.' },
    { field: 'organisation.unknownThing', message: 'Something else is wrong.' },
  ],
};

describe('applyProblem', () => {
  it('puts each field error under its field, by the dotted path the API gives', () => {
    const form = registrationForm();
    const unplaced = applyProblem(form, validation);

    expect(form.get('organisation.iban')?.errors).toEqual({ server: 'The field organisation.iban must be a valid IBAN.' });
    expect(form.get('organisation.iban')?.touched).toBe(true);
    expect(unplaced).toEqual(['Something else is wrong.']);
  });

  it('clears a server error once the field is edited', () => {
    const form = registrationForm();
    applyProblem(form, validation);

    form.get('organisation.iban')?.setValue('AL47 2121');

    expect(form.get('organisation.iban')?.errors).toBeNull();
  });

  it('places problems the API names by code under the field they concern', () => {
    const form = registrationForm();
    const taken: ProblemDetails = { ...validation, status: 409, code: 'email_taken', detail: 'This e-mail is taken.', errors: undefined };

    const unplaced = applyProblem(form, taken, { codes: { email_taken: 'applicant.email' } });

    expect(form.get('applicant.email')?.errors).toEqual({ server: 'This e-mail is taken.' });
    expect(unplaced).toEqual([]);
  });

  it('maps fields the form names differently', () => {
    const form = new FormGroup({ nuis: new FormControl('') });
    applyProblem(form, { ...validation, errors: [{ field: 'registrationNumber', message: 'Wrong NUIS.' }] }, {
      fields: { registrationNumber: 'nuis' },
    });

    expect(form.controls.nuis.errors).toEqual({ server: 'Wrong NUIS.' });
  });

  it('returns the detail of a problem about no field in particular', () => {
    const form = registrationForm();
    const limited: ProblemDetails = { ...validation, status: 429, code: 'too_many_requests', detail: 'Wait a moment.', errors: undefined };

    expect(applyProblem(form, limited)).toEqual(['Wait a moment.']);
  });
});

describe('placeFailure', () => {
  it('describes a failure without problem details in one sentence', () => {
    expect(placeFailure(registrationForm(), { kind: 'unreachable' }, () => 'The server cannot be reached.')).toEqual([
      'The server cannot be reached.',
    ]);
  });
});
