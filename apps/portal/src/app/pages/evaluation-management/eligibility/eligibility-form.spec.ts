import type { EligibilityCheckDto } from '@skema/contracts';
import { eligibilityForm, eligibilityRequest, pendingOutcome } from './eligibility-form';

const check = (overrides: Partial<EligibilityCheckDto> = {}): EligibilityCheckDto => ({
  applicationId: 'app-1',
  applicationStatus: 'submitted',
  items: [
    { key: 'registered', text: { sq: 'E regjistruar', en: 'Registered' }, passed: null, note: null },
    { key: 'active', text: { sq: 'Aktive në rajon', en: 'Active in the region' }, passed: null, note: null },
  ],
  outcome: null,
  decidedBy: null,
  decidedAt: null,
  ...overrides,
});

describe('the eligibility decision form', () => {
  it('asks for a decision on every item', () => {
    const form = eligibilityForm(check());
    expect(form.valid).toBe(false);
    expect(form.controls.items.at(0).controls.passed.errors).toEqual({ required: true });
    expect(pendingOutcome(form)).toBeNull();
  });

  it('requires a note of at least 10 characters as soon as an item is marked not met', () => {
    const form = eligibilityForm(check());
    const [registered, active] = form.controls.items.controls;
    registered.controls.passed.setValue(true);
    active.controls.passed.markAsDirty();
    active.controls.passed.setValue(false);

    const note = active.controls.note;
    expect(note.errors).toEqual({ noteRequired: true });
    expect(note.touched).toBe(true);
    note.setValue('  Jo aktive ');
    expect(note.errors).toEqual({ noteTooShort: { min: 10 } });
    note.setValue('Nuk ka aktivitet në Kukës.');
    expect(note.errors).toBeNull();
    expect(form.valid).toBe(true);
    expect(pendingOutcome(form)).toBe('ineligible');

    // Met again: the note is optional, and short is fine.
    note.setValue('ok');
    active.controls.passed.setValue(true);
    expect(note.errors).toBeNull();
    expect(pendingOutcome(form)).toBe('eligible');
  });

  it('starts from the saved decision and sends every item with its note trimmed', () => {
    const form = eligibilityForm(
      check({
        items: [
          { key: 'registered', text: { sq: 'E regjistruar', en: 'Registered' }, passed: true, note: null },
          { key: 'active', text: { sq: 'Aktive', en: 'Active' }, passed: false, note: ' Nuk ka aktivitet në rajon. ' },
        ],
      }),
    );
    expect(form.valid).toBe(true);
    expect(eligibilityRequest(form)).toEqual({
      items: [
        { key: 'registered', passed: true, note: null },
        { key: 'active', passed: false, note: 'Nuk ka aktivitet në rajon.' },
      ],
    });
  });
});
