import { contractDatesForm, createGrantRequest } from './contract-dates';

describe('the contract’s dates', () => {
  it('needs both dates, real ones, the end after the start', () => {
    const form = contractDatesForm();
    expect(form.controls.startDate.errors).toEqual({ required: true });
    expect(form.controls.endDate.errors).toEqual({ required: true });

    form.setValue({ startDate: '2027-02-30', endDate: '2027-01-01' });
    expect(form.controls.startDate.errors).toEqual({ date: true });
    // Whether the end is after the start waits for a real start.
    expect(form.controls.endDate.errors).toBeNull();

    form.controls.startDate.setValue('2027-03-01');
    expect(form.controls.endDate.errors).toEqual({ endNotAfterStart: true });
    form.controls.endDate.setValue('2027-03-01');
    expect(form.controls.endDate.errors).toEqual({ endNotAfterStart: true });
    form.controls.endDate.setValue('2028-02-29');
    expect(form.controls.endDate.errors).toBeNull();
    expect(form.valid).toBe(true);
    expect(createGrantRequest(form)).toEqual({ startDate: '2027-03-01', endDate: '2028-02-29' });

    // Moving the start past the end puts the error back on the end.
    form.controls.startDate.setValue('2028-03-01');
    expect(form.controls.endDate.errors).toEqual({ endNotAfterStart: true });
    expect(form.valid).toBe(false);
  });
});
