import { PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { changeRows } from './amendment-changes';

describe('an amendment’s logged changes, as rows to read', () => {
  it('come in a fixed order, envelopes listing only the regions that moved', () => {
    const rows = changeRows({
      lots: {
        before: [
          { regionCode: 'TIR', envelopeCents: 100 },
          { regionCode: 'KUK', envelopeCents: 200 },
        ],
        after: [
          { regionCode: 'TIR', envelopeCents: 100 },
          { regionCode: 'KUK', envelopeCents: 250 },
        ],
      },
      deadline: { before: '2027-01-31T11:00:00.000Z', after: '2027-02-14T11:00:00.000Z' },
      title: { before: { sq: 'A', en: 'A' }, after: { sq: 'B', en: 'B' } },
    });
    expect(rows).toEqual([
      { field: 'title', before: { sq: 'A', en: 'A' }, after: { sq: 'B', en: 'B' } },
      { field: 'deadline', before: '2027-01-31T11:00:00.000Z', after: '2027-02-14T11:00:00.000Z' },
      { field: 'lots', regions: [{ regionCode: 'KUK', before: 200, after: 250 }] },
    ]);
  });

  it('outline a grid by its section maxima and total', () => {
    const after = { ...PRAG_FULL_APPLICATION_GRID, sections: PRAG_FULL_APPLICATION_GRID.sections.slice(0, 2) };
    expect(changeRows({ grid: { before: PRAG_FULL_APPLICATION_GRID, after } })).toEqual([
      { field: 'grid', before: { total: 100, sections: [20, 30, 20, 15, 15] }, after: { total: 50, sections: [20, 30] } },
    ]);
  });

  it('leave out what is not of a known shape rather than show it raw', () => {
    expect(changeRows({ deadline: { before: 1, after: null }, text: { before: 'x', after: { sq: 'y' } } })).toEqual([]);
  });
});
