import { lotRanking, rankingEntry } from '../evaluation-management.testing';
import { type RankingRow, lotRankingView } from './ranking-rows';

const describeRows = (rows: readonly RankingRow[]) =>
  rows.map((row) => (row.kind === 'envelope' ? 'envelope' : `${row.entry.rank}:${row.entry.outcome}`));

describe('the envelope line of a lot’s ranking', () => {
  it('is drawn after the last selected application, a skipped reserve one standing above it', () => {
    const view = lotRankingView(lotRanking());
    expect(describeRows(view.ranked)).toEqual(['1:selected', '2:reserve', '3:selected', 'envelope', '4:reserve']);
    expect(view.ranked[3]).toEqual({
      kind: 'envelope',
      envelopeCents: 10_000_000,
      allocatedCents: 8_500_000,
      remainingCents: 1_500_000,
    });
    expect(view.rejected.map((e) => e.reference)).toEqual(['SK-2026-TIR-0005']);
  });

  it('follows the ranks, whatever order the entries come in', () => {
    const lot = lotRanking();
    const view = lotRankingView({ ...lot, entries: [...lot.entries].reverse() });
    expect(describeRows(view.ranked)).toEqual(['1:selected', '2:reserve', '3:selected', 'envelope', '4:reserve']);
  });

  it('heads the table when nothing fits, and closes it when everything does', () => {
    const none = lotRankingView(
      lotRanking({ entries: [rankingEntry({ outcome: 'reserve', rank: 1, reserveRank: 1 })], allocatedCents: 0 }),
    );
    expect(describeRows(none.ranked)).toEqual(['envelope', '1:reserve']);
    const all = lotRankingView(
      lotRanking({ entries: [rankingEntry({ rank: 1 }), rankingEntry({ applicationId: 'b', rank: 2 })] }),
    );
    expect(describeRows(all.ranked)).toEqual(['1:selected', '2:selected', 'envelope']);
    expect(describeRows(lotRankingView(lotRanking({ entries: [] })).ranked)).toEqual(['envelope']);
  });

  it('leaves divergent and incomplete applications out of the ranking, listed apart', () => {
    const view = lotRankingView(
      lotRanking({
        provisional: true,
        entries: [
          rankingEntry({ rank: 1 }),
          rankingEntry({ applicationId: 'd', outcome: 'blocked_divergence', rank: null, total: null }),
          rankingEntry({ applicationId: 'i', outcome: 'incomplete', rank: null, total: null }),
        ],
      }),
    );
    expect(describeRows(view.ranked)).toEqual(['1:selected', 'envelope']);
    expect(view.blocked.map((e) => e.outcome)).toEqual(['blocked_divergence', 'incomplete']);
  });
});
