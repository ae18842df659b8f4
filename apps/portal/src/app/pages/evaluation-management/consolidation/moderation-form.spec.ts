import { PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { applicationEvaluations } from '../evaluation-management.testing';
import { moderationForm, moderationRequest, moderationTotal, pointsToHundredths } from './moderation-form';

describe('the moderation form', () => {
  it('reads points with up to two decimals as whole hundredths, without float arithmetic', () => {
    expect(pointsToHundredths('17,5')).toBe(1_750);
    expect(pointsToHundredths('17.25')).toBe(1_725);
    expect(pointsToHundredths('0.1')).toBe(10);
    expect(pointsToHundredths('20')).toBe(2_000);
    // 0.29 × 100 is 28.999999999999996 in floating point; the text is read exactly.
    expect(pointsToHundredths('0,29')).toBe(29);
    for (const text of ['17.255', '-1', 'abc', '1e2', '']) expect(pointsToHundredths(text)).toBeNull();
  });

  it('checks each section within its maximum as the person types, and the note', () => {
    const form = moderationForm(applicationEvaluations());
    const relevance = form.controls.sections.controls['2'];
    expect(relevance.value).toBe('');
    expect(relevance.errors).toEqual({ required: true });
    relevance.setValue('30.01');
    expect(relevance.errors).toEqual({ pointsAboveMax: { max: 30 } });
    relevance.setValue('17.255');
    expect(relevance.errors).toEqual({ points: true });
    relevance.setValue('30');
    expect(relevance.errors).toBeNull();

    const note = form.controls.note;
    expect(note.errors).toEqual({ required: true });
    note.setValue('   shkurt  ');
    expect(note.errors).toEqual({ noteTooShort: { min: 10 } });
  });

  it('sends hundredths per section key and the note trimmed', () => {
    const form = moderationForm(applicationEvaluations());
    form.setValue({
      sections: { '1': '16', '2': '25,5', '3': '15.25', '4': '10', '5': '11.5' },
      note: '  Komisioni ra dakord pas diskutimit.  ',
    });
    expect(form.valid).toBe(true);
    expect(moderationTotal(form)).toBe(7_825);
    expect(moderationRequest(form, PRAG_FULL_APPLICATION_GRID)).toEqual({
      sectionScores: { '1': 1_600, '2': 2_550, '3': 1_525, '4': 1_000, '5': 1_150 },
      note: 'Komisioni ra dakord pas diskutimit.',
    });
  });

  it('starts from a recorded moderation, in the reader’s decimal separator', () => {
    const form = moderationForm(
      applicationEvaluations({
        moderation: {
          sectionScores: { '1': 1_600, '2': 2_550, '3': 1_525, '4': 1_000, '5': 1_150 },
          total: 7_825,
          note: 'Komisioni ra dakord pas diskutimit.',
          moderatedBy: 'pm',
          moderatedByName: 'Elira Shehu',
          moderatedAt: '2027-02-10T10:00:00.000Z',
        },
      }),
      ',',
    );
    expect(form.controls.sections.getRawValue()).toEqual({
      '1': '16',
      '2': '25,50',
      '3': '15,25',
      '4': '10',
      '5': '11,50',
    });
    expect(form.valid).toBe(true);
  });
});
