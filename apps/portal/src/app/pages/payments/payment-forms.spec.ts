import { markPaidForm, rejectForm, tiraneDate, toMarkPaidRequest, toRejectRequest } from './payment-forms';

describe('tiraneDate', () => {
  it('is the calendar day in Tirana, not in UTC', () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Tirana (UTC+1 in winter).
    expect(tiraneDate('2027-03-09T23:30:00.000Z')).toBe('2027-03-10');
    // Summer time (UTC+2): 22:30 UTC is already the next day.
    expect(tiraneDate(new Date('2027-07-09T22:30:00.000Z'))).toBe('2027-07-10');
    expect(tiraneDate('2027-07-09T21:30:00.000Z')).toBe('2027-07-09');
  });
});

describe('rejectForm', () => {
  it('requires a reason that says something, of at most 1,000 characters, and sends it trimmed', () => {
    const form = rejectForm();
    expect(form.controls.reason.errors).toEqual({ required: true });
    form.controls.reason.setValue('   ');
    expect(form.controls.reason.errors).toEqual({ required: true });
    form.controls.reason.setValue('x'.repeat(1001));
    expect(form.controls.reason.hasError('maxlength')).toBe(true);
    form.controls.reason.setValue('  IBAN i gabuar ');
    expect(form.valid).toBe(true);
    expect(toRejectRequest(form)).toEqual({ reason: 'IBAN i gabuar' });
  });
});

describe('markPaidForm', () => {
  const now = () => new Date('2027-03-09T23:30:00.000Z'); // 10 March in Tirana

  it('starts on today in Tirana and refuses a date in the future or before the approval', () => {
    const form = markPaidForm('2027-03-03T09:00:00.000Z', now);
    const paidOn = form.controls.paidOn;
    expect(paidOn.value).toBe('2027-03-10');
    expect(paidOn.errors).toBeNull();
    paidOn.setValue('2027-03-11');
    expect(paidOn.errors).toEqual({ future: true });
    paidOn.setValue('2027-03-02');
    expect(paidOn.errors).toEqual({ beforeApproval: { date: '2027-03-03' } });
    paidOn.setValue('2027-03-03');
    expect(paidOn.errors).toBeNull();
    // What a date input gives for an incomplete date.
    paidOn.setValue('');
    expect(paidOn.errors).toEqual({ required: true });
  });

  it('takes a bank reference as statements print it, and sends it trimmed', () => {
    const form = markPaidForm(null, now);
    const reference = form.controls.bankReference;
    expect(reference.errors).toEqual({ required: true });
    reference.setValue('BKT#1');
    expect(reference.hasError('pattern')).toBe(true);
    reference.setValue('R'.repeat(61));
    expect(reference.hasError('maxlength')).toBe(true);
    reference.setValue(' Raiffeisen 2027/03-0001_a ');
    expect(form.valid).toBe(true);
    expect(toMarkPaidRequest(form)).toEqual({ bankReference: 'Raiffeisen 2027/03-0001_a', paidOn: '2027-03-10' });
  });
});
