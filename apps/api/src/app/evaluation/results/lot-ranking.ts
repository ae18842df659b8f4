import type { ConsolidationDto, EvaluationGridDto, LotRankingDto, RankingEntryDto } from '@skema/contracts';
import { PRAG_RELEVANCE_SECTION_KEY, type RankedApplication, rankLot } from '@skema/domain';
import type { AwardDecision, AwardOutcome } from './award-decision.entity';

/** One application of a lot as the ranking sees it: who, when, how much, and its consolidation. */
export interface RankingCandidateRow {
  applicationId: string;
  reference: string | null;
  organisationName: string;
  submittedAt: Date;
  requestedGrantCents: number;
  consolidation: ConsolidationDto;
}

/** What one confirmed decision says, without who confirmed it and when. */
export type DecisionDraft = Pick<
  AwardDecision,
  'applicationId' | 'outcome' | 'rank' | 'reserveRank' | 'requestedGrantCents' | 'awardCents' | 'total'
>;

export type StoredDecision = DecisionDraft & Pick<AwardDecision, 'confirmedBy' | 'confirmedAt'>;

export interface LotRankingInput {
  lot: { id: string; regionCode: string; envelopeCents: number };
  grid: EvaluationGridDto;
  relevanceSectionKey: string;
  candidates: readonly RankingCandidateRow[];
  /** The lot's confirmed decisions (none before the first confirmation). */
  decisions: readonly StoredDecision[];
  /**
   * Awards being confirmed now, replacing the stored ones (an application left out gets its request).
   * Absent: the stored decisions' awards count, and `stale` says whether the ranking still matches them.
   */
  awards?: ReadonlyMap<string, number>;
}

/**
 * The section whose score breaks ties: the PRAG grid's relevance section when the call's grid has it
 * (decision 0015), else the grid's first section, so a call with its own grid still ranks totally.
 */
export function relevanceSectionKeyOf(grid: EvaluationGridDto): string {
  return grid.sections.some((s) => s.key === PRAG_RELEVANCE_SECTION_KEY)
    ? PRAG_RELEVANCE_SECTION_KEY
    : grid.sections[0].key;
}

/**
 * A lot's ranking as the programme manager sees it: the domain's `rankLot` over the consolidations
 * read from the sheets (never recomputed here), with the confirmed awards, plus what was confirmed
 * and whether it still holds.
 */
export function lotRanking(input: LotRankingInput): LotRankingDto {
  const { lot, grid, relevanceSectionKey, candidates, decisions } = input;
  const awards = input.awards ?? storedAwards(decisions);
  const ranking = rankLot({
    grid,
    envelopeCents: lot.envelopeCents,
    relevanceSectionKey,
    candidates: candidates.map((c) => ({
      applicationId: c.applicationId,
      submittedAt: c.submittedAt.toISOString(),
      requestedGrantCents: c.requestedGrantCents,
      consolidation: c.consolidation,
      confirmedAwardCents: awards.get(c.applicationId) ?? null,
    })),
  });
  const byId = new Map(candidates.map((c) => [c.applicationId, c]));
  const entries = ranking.entries.flatMap((entry) => {
    const candidate = byId.get(entry.applicationId);
    return candidate ? [toEntry(entry, candidate)] : [];
  });
  const latest = [...decisions].sort((a, b) => b.confirmedAt.getTime() - a.confirmedAt.getTime())[0];
  return {
    lotId: lot.id,
    regionCode: lot.regionCode,
    envelopeCents: ranking.envelopeCents,
    allocatedCents: ranking.allocatedCents,
    remainingCents: ranking.remainingCents,
    provisional: ranking.provisional,
    confirmedAt: latest?.confirmedAt.toISOString() ?? null,
    confirmedBy: latest?.confirmedBy ?? null,
    stale: !input.awards && decisions.length > 0 && !sameDecisions(decisionsOf(entries), decisions),
    entries,
  };
}

/** The decisions a ranking makes: ranked applications (selected, reserve) and threshold rejections. */
export function decisionsOf(entries: readonly RankingEntryDto[]): DecisionDraft[] {
  return entries.flatMap((entry): DecisionDraft[] => {
    const outcome = AWARD_OUTCOME_OF[entry.outcome];
    if (!outcome) return [];
    return [
      {
        applicationId: entry.applicationId,
        outcome,
        rank: entry.rank,
        reserveRank: entry.reserveRank,
        requestedGrantCents: entry.requestedGrantCents,
        awardCents: outcome === 'rejected' ? null : entry.awardCents,
        total: entry.total,
      },
    ];
  });
}

/** The same applications with the same outcome, rank, reserve rank, award and total. */
export function sameDecisions(a: readonly DecisionDraft[], b: readonly DecisionDraft[]): boolean {
  if (a.length !== b.length) return false;
  const key = (d: DecisionDraft) =>
    [d.applicationId, d.outcome, d.rank, d.reserveRank, d.requestedGrantCents, d.awardCents, d.total].join('|');
  const left = new Set(a.map(key));
  return b.every((d) => left.has(key(d)));
}

const AWARD_OUTCOME_OF: Partial<Record<RankingEntryDto['outcome'], AwardOutcome>> = {
  selected: 'selected',
  reserve: 'reserve',
  rejected_threshold: 'rejected',
};

function storedAwards(decisions: readonly StoredDecision[]): Map<string, number> {
  return new Map(decisions.flatMap((d) => (d.awardCents === null ? [] : [[d.applicationId, d.awardCents]])));
}

function toEntry(entry: RankedApplication, candidate: RankingCandidateRow): RankingEntryDto {
  const ranked = entry.outcome === 'selected' || entry.outcome === 'reserve' ? entry : null;
  const { consolidation } = candidate;
  return {
    applicationId: entry.applicationId,
    reference: candidate.reference,
    organisationName: candidate.organisationName,
    submittedAt: candidate.submittedAt.toISOString(),
    outcome: entry.outcome,
    rank: ranked?.rank ?? null,
    reserveRank: entry.outcome === 'reserve' ? entry.reserveRank : null,
    requestedGrantCents: entry.requestedGrantCents,
    awardCents: ranked?.awardCents ?? null,
    reduced: ranked?.reduced ?? false,
    total: entry.total,
    relevance: entry.relevance,
    sectionScores: consolidation.status === 'consolidated' ? consolidation.sectionScores : null,
    failures: entry.outcome === 'rejected_threshold' ? entry.failures.map((f) => ({ ...f })) : [],
  };
}
