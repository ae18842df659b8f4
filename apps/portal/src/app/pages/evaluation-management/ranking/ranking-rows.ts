import type { LotRankingDto, RankingEntryDto } from '@skema/contracts';

/** A row of a lot's ranking table: an application, or the line where the lot's envelope runs out. */
export type RankingRow =
  | { readonly kind: 'entry'; readonly entry: RankingEntryDto }
  | {
      readonly kind: 'envelope';
      readonly envelopeCents: number;
      readonly allocatedCents: number;
      readonly remainingCents: number;
    };

/** A lot's ranking as the programme manager reads it. */
export interface LotRankingView {
  /** Selected and reserve applications in rank order, with the envelope line drawn through them. */
  readonly ranked: readonly RankingRow[];
  /** Below a section or the overall threshold, best first. */
  readonly rejected: readonly RankingEntryDto[];
  /** Divergent or incomplete: not ranked yet (while any is here the ranking is provisional). */
  readonly blocked: readonly RankingEntryDto[];
}

const byRank = (a: RankingEntryDto, b: RankingEntryDto) => (a.rank ?? Infinity) - (b.rank ?? Infinity);
const byTotalDesc = (a: RankingEntryDto, b: RankingEntryDto) =>
  (b.total ?? -1) - (a.total ?? -1) || (a.reference ?? '').localeCompare(b.reference ?? '');

/**
 * Where the money runs out: the envelope line goes right after the last selected application in rank
 * order — with skip and continue (decision 0015) a reserve application that did not fit can stand
 * above it, and everything below it is the reserve list. With nothing selected the line heads the table.
 */
export function lotRankingView(lot: LotRankingDto): LotRankingView {
  const ranked = lot.entries.filter((e) => e.outcome === 'selected' || e.outcome === 'reserve').sort(byRank);
  let lastSelected = -1;
  ranked.forEach((entry, i) => {
    if (entry.outcome === 'selected') lastSelected = i;
  });
  const line: RankingRow = {
    kind: 'envelope',
    envelopeCents: lot.envelopeCents,
    allocatedCents: lot.allocatedCents,
    remainingCents: lot.remainingCents,
  };
  const rows: RankingRow[] = ranked.map((entry) => ({ kind: 'entry', entry }));
  rows.splice(lastSelected + 1, 0, line);
  return {
    ranked: rows,
    rejected: lot.entries.filter((e) => e.outcome === 'rejected_threshold').sort(byTotalDesc),
    blocked: lot.entries
      .filter((e) => e.outcome === 'blocked_divergence' || e.outcome === 'incomplete')
      .sort(byTotalDesc),
  };
}

/** Whether an application's award may be set: only those ranked (selected or on the reserve list). */
export function hasAward(entry: RankingEntryDto): boolean {
  return entry.outcome === 'selected' || entry.outcome === 'reserve';
}
