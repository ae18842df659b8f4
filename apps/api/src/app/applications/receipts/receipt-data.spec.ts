import { attachmentsOfSnapshot, budgetOfSnapshot } from './receipt-data';

const budget = (lines: unknown[]) => ({ sections: [{ key: 'summary', content: { text: 'x' } }, { key: 'budget', content: { lines } }] });

describe('what a receipt reads from the snapshot', () => {
  it('derives total, grant requested and co-financing from the budget lines', () => {
    const snapshot = budget([
      { category: 'human_resources', description: 'Koordinatore', unit: 'muaj', quantity: 12, unitCostCents: 200_000, ownContributionCents: 400_000 },
      { category: 'services', description: 'Kurse', unit: 'kurs', quantity: 4, unitCostCents: 400_000 },
    ]);
    expect(budgetOfSnapshot(snapshot)).toEqual({ totalCents: 4_000_000, grantRequestedCents: 3_600_000, cofinancingCents: 400_000 });
  });

  it('gives no totals for a budget missing or one that cannot be added up', () => {
    expect(budgetOfSnapshot({})).toBeNull();
    expect(budgetOfSnapshot(budget([]))).toBeNull();
    expect(budgetOfSnapshot(budget([{ category: 'spaceships', description: 'x', unit: 'x', quantity: 1, unitCostCents: 1 }]))).toBeNull();
  });

  it('lists the frozen documents with their hashes and what each answers, or none', () => {
    const snapshot = { attachments: [{ requirementKey: 'statute', fileName: 'Statuti.pdf', sha256: 'ab', id: 'x' }, { requirementKey: 'gone', fileName: 'CV.pdf', sha256: 'cd' }] };
    const statute = { key: 'statute', name: { sq: 'Statuti i organizatës', en: 'Statute of the organisation' }, acceptedTypes: ['pdf' as const], maxSizeBytes: 1_000 };
    expect(attachmentsOfSnapshot(snapshot, [statute], 'en')).toEqual([
      { requirement: 'Statute of the organisation', fileName: 'Statuti.pdf', sha256: 'ab' },
      { requirement: null, fileName: 'CV.pdf', sha256: 'cd' },
    ]);
    expect(attachmentsOfSnapshot({ attachments: [] })).toEqual([]);
    expect(attachmentsOfSnapshot({})).toEqual([]);
  });
});
