import { fieldConcerns, readBeneficiaries, readBudget, readLogframe, readSummary } from './section-content';

describe('section content readers', () => {
  it('fill blanks for a section never saved', () => {
    expect(readSummary(null)).toEqual({ title: '', text: '', durationMonths: null });
    expect(readLogframe(null)).toEqual({ indicators: [] });
    expect(readBudget(undefined)).toEqual({ lines: [] });
  });

  it('keep what fits and replace odd values', () => {
    expect(
      readBeneficiaries({
        planned: [{ category: 'domestic_violence', sex: 'x', ageBand: '18-24', count: 4 }, 'junk', null],
      }),
    ).toEqual({ planned: [{ category: 'domestic_violence', sex: 'female', ageBand: '18-24', count: 4 }] });
    expect(readBudget({ lines: [{ category: 'travel', quantity: '2', unitCostCents: 100 }] })).toEqual({
      lines: [
        { category: 'travel', description: '', unit: '', quantity: 0, unitCostCents: 100, ownContributionCents: 0 },
      ],
    });
  });
});

describe('fieldConcerns', () => {
  it('matches a section and the fields inside it, not a section with a longer name', () => {
    expect(fieldConcerns('budget', 'budget')).toBe(true);
    expect(fieldConcerns('budget.lines.0.unit', 'budget')).toBe(true);
    expect(fieldConcerns('budgetary', 'budget')).toBe(false);
    expect(fieldConcerns('attachments.statute', 'attachments')).toBe(true);
  });
});
