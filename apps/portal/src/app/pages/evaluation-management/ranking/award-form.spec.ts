import { FormControl } from '@angular/forms';
import { lotRanking, rankingEntry } from '../evaluation-management.testing';
import { awardWithinRequest, awardsForm, confirmRequest } from './award-form';

describe('awards', () => {
  const validate = (text: string, requested = 4_500_000) => awardWithinRequest(requested)(new FormControl(text));

  it('may be reduced but never raised above the grant requested, nor be nothing', () => {
    expect(validate('45000')).toBeNull();
    expect(validate('44 999,50')).toBeNull();
    expect(validate('45000.01')).toEqual({ awardAboveRequest: true });
    expect(validate('0')).toEqual({ amountMin: true });
    expect(validate('12.345')).toEqual({ amount: true });
    expect(validate('')).toEqual({ required: true });
  });

  it('have a field per ranked application only, starting from the confirmed or requested amount', () => {
    const lot = lotRanking();
    lot.entries[0] = rankingEntry({ applicationId: 'a-1', awardCents: 4_000_000, reduced: true });
    const form = awardsForm(lot, ',');
    expect(Object.keys(form.controls)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
    expect(form.controls['a-1'].value).toBe('40000');
    expect(form.controls['a-2'].value).toBe('60000');
  });

  it('are confirmed in cents, only those reduced below the request', () => {
    const lot = lotRanking();
    const form = awardsForm(lot);
    form.controls['a-2'].setValue('55000,50');
    expect(confirmRequest(form, lot)).toEqual({ awards: [{ applicationId: 'a-2', awardCents: 5_500_050 }] });
  });
});
