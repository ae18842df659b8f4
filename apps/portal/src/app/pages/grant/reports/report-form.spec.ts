import { REPORT_STATUSES } from '@skema/contracts';
import { grantDto, report } from '../testing/grant-testing';
import {
  expenditureFieldPaths,
  expenditureLines,
  expenditureTotal,
  isEditable,
  reportForm,
  saveRequest,
} from './report-form';

const budget = grantDto().budget;

describe('the report form', () => {
  it('starts from the report: its narrative and each line’s spending in the person’s notation', () => {
    const form = reportForm(report({ expenditure: [{ lineKey: '0', spentCents: 1_234_550 }] }), budget, 'sq');
    expect(form.getRawValue()).toEqual({
      narrative: { activities: 'Trajnime në Kukës.', results: '', difficulties: '' },
      expenditure: { '0': '12345,50', '1': '' },
    });
    expect(reportForm(report(), budget, 'en').controls.expenditure.controls['0'].value).toBe('12000.00');
  });

  it('accepts an empty line or an amount of zero or more with up to 2 decimals, nothing else', () => {
    const line = reportForm(report(), budget, 'sq').controls.expenditure.controls['1'];
    for (const ok of ['', '0', '1250', '1 250,50', '1.250,5', '€ 300']) {
      line.setValue(ok);
      expect({ text: ok, errors: line.errors }).toEqual({ text: ok, errors: null });
    }
    for (const wrong of ['-5', 'abc', '12,345', '1,2,3', '1e3']) {
      line.setValue(wrong);
      expect({ text: wrong, errors: line.errors }).toEqual({ text: wrong, errors: { amount: true } });
    }
  });

  it('turns EUR into exact cents (no float arithmetic), leaving empty lines out, and totals them', () => {
    const values = { '0': '0,10', '1': '1 234,20' };
    expect(expenditureLines(values, budget, 'sq')).toEqual([
      { lineKey: '0', spentCents: 10 },
      { lineKey: '1', spentCents: 123_420 },
    ]);
    expect(expenditureTotal(values, budget, 'sq')).toBe(123_430);
    expect(expenditureLines({ '0': '', '1': '19.99' }, budget, 'en')).toEqual([{ lineKey: '1', spentCents: 1_999 }]);
    // What is not an amount yet counts for nothing in the running total.
    expect(expenditureTotal({ '0': '5', '1': 'x' }, budget, 'sq')).toBe(500);
  });

  it('sends the version it started from and keeps narrative sections it does not edit', () => {
    const original = report({ narrative: { activities: 'A', annex: 'Shtojca 1' }, version: 7 });
    const form = reportForm(original, budget, 'sq');
    form.controls.narrative.controls.results.setValue('Rezultate');
    form.controls.expenditure.controls['1'].setValue('250');
    const request = saveRequest(form, original, budget, 'sq');
    expect(request).toEqual({
      narrative: { activities: 'A', annex: 'Shtojca 1', results: 'Rezultate', difficulties: '' },
      expenditure: [
        { lineKey: '0', spentCents: 1_200_000 },
        { lineKey: '1', spentCents: 25_000 },
      ],
      version: 7,
    });
    // The API's `expenditure.1.spentCents` is about the second line sent: budget line '1' here.
    expect(expenditureFieldPaths(request)['expenditure.1.spentCents']).toBe('expenditure.1');
  });

  it('lets the grantee change only a draft or a returned report', () => {
    expect(REPORT_STATUSES.filter((status) => isEditable({ status }))).toEqual(['draft', 'returned']);
  });
});
