import { compareFields, describeValue } from './comparison';

describe('describeValue', () => {
  it('shows text as it is and nothing as a dash', () => {
    expect(describeValue('Punësim')).toBe('Punësim');
    expect(describeValue('')).toBe('—');
    expect(describeValue(null)).toBe('—');
    expect(describeValue(12)).toBe('12');
  });

  it('numbers the rows of a list, one per line', () => {
    expect(
      describeValue([
        { category: 'trafficking', sex: 'female', ageBand: null, count: 12 },
        { category: 'at_risk', sex: 'male', count: 3 },
      ]),
    ).toBe('1. trafficking · female · 12\n2. at_risk · male · 3');
    expect(describeValue([])).toBe('—');
  });

  it('names codes and writes cents as money when told how', () => {
    const words = {
      code: (value: string) => ({ travel: 'Udhëtime' })[value] ?? null,
      money: (cents: number) => `${cents / 100} €`,
    };
    expect(
      describeValue([{ category: 'travel', description: 'Vizita', quantity: 2, unitCostCents: 15_050 }], words),
    ).toBe('1. Udhëtime · Vizita · 2 · 150.5 €');
  });
});

describe('compareFields', () => {
  it('lists every field of either version and marks the changed ones', () => {
    const fields = compareFields({
      section: 'summary',
      from: { version: 1, content: { text: 'A', title: 'T' }, changedAt: '2026-11-20T09:00:00.000Z' },
      to: { version: 2, content: { text: 'B', title: 'T', durationMonths: 12 }, changedAt: '2026-11-20T10:00:00.000Z' },
      changedFields: ['durationMonths', 'text'],
    });

    expect(fields).toEqual([
      { field: 'text', before: 'A', after: 'B', changed: true },
      { field: 'title', before: 'T', after: 'T', changed: false },
      { field: 'durationMonths', before: '—', after: '12', changed: true },
    ]);
  });
});
