/**
 * Ranking of one lot (DESIGN §3, decision 0015): thresholds reject first; the rest are ranked by
 * consolidated score, then the relevance section, then earlier submission, then id; grants are proposed
 * down the ranking while the envelope lasts — an application that does not fit is skipped to the reserve
 * list and the walk goes on — and every other application above the thresholds is on the reserve list,
 * in rank order. Pure and deterministic: the API and the tests share it.
 */
import type { EvaluationGridDto } from '@skema/contracts';
import { type Cents, assertCents, sumCents } from '../money';
import type { Consolidation } from './consolidation';
import { assertUniqueIds, compareIds } from './ids';
import { EvaluationError, type ScoreHundredths, pointsToHundredths } from './scoring';

/** The relevance section of PRAG_FULL_APPLICATION_GRID, which breaks ties. */
export const PRAG_RELEVANCE_SECTION_KEY = '2';

export interface RankingCandidate {
  applicationId: string;
  /** ISO 8601; earlier wins a tie. */
  submittedAt: string;
  requestedGrantCents: Cents;
  consolidation: Pick<Consolidation, 'status' | 'sectionScores' | 'total'>;
  /** The programme manager's confirmed award: may reduce the grant requested, never raise it. */
  confirmedAwardCents?: Cents | null;
}

export interface LotRankingInput {
  grid: EvaluationGridDto;
  envelopeCents: Cents;
  /** The grid section whose score breaks ties (PRAG_RELEVANCE_SECTION_KEY for the PRAG grid). */
  relevanceSectionKey: string;
  candidates: readonly RankingCandidate[];
}

export type ThresholdFailure =
  | { scope: 'section'; sectionKey: string; threshold: ScoreHundredths; score: ScoreHundredths }
  | { scope: 'overall'; threshold: ScoreHundredths; score: ScoreHundredths };

export type RankingOutcome =
  /** `awardCents`: the confirmed award or else the grant requested; `reduced` when below the request. */
  | { outcome: 'selected'; rank: number; awardCents: Cents; reduced: boolean }
  /** Above every threshold but not funded: `reserveRank` 1 is called first if money frees up. */
  | { outcome: 'reserve'; rank: number; reserveRank: number; awardCents: Cents; reduced: boolean }
  | { outcome: 'rejected_threshold'; failures: ThresholdFailure[] }
  | { outcome: 'blocked_divergence' }
  | { outcome: 'incomplete' };

export type RankedApplication = RankingOutcome & {
  applicationId: string;
  requestedGrantCents: Cents;
  /** Consolidated total and relevance score in hundredths; null while not consolidated. */
  total: ScoreHundredths | null;
  relevance: ScoreHundredths | null;
};

export interface LotRanking {
  envelopeCents: Cents;
  /** Σ awards of the selected applications. */
  allocatedCents: Cents;
  remainingCents: Cents;
  /**
   * True while any application of the lot is incomplete or divergent: once consolidated it could rank
   * anywhere, so the allocation shown is a preview and may not be confirmed.
   */
  provisional: boolean;
  /** Ranked applications by rank, then divergent, incomplete and rejected ones. */
  entries: RankedApplication[];
}

/**
 * Ranks one lot. Throws `EvaluationError` on input no person could produce: repeated ids, an unknown
 * relevance section, scores missing from a consolidated result, an unreadable submission time; and on a
 * confirmed award above the grant requested (awards may be reduced, never raised) or not positive;
 * `MoneyError` on amounts that are not whole cents.
 */
export function rankLot(input: LotRankingInput): LotRanking {
  const { grid, envelopeCents, relevanceSectionKey } = input;
  assertCents(envelopeCents, 'envelope');
  if (envelopeCents < 0) throw new EvaluationError('the envelope cannot be negative');
  if (!grid.sections.some((section) => section.key === relevanceSectionKey)) {
    throw new EvaluationError(`the grid has no section ${relevanceSectionKey} to break ties`);
  }
  const candidates = input.candidates.map((candidate) => prepare(candidate, grid, relevanceSectionKey));
  assertUniqueIds(
    candidates.map((c) => c.applicationId),
    'application',
  );

  const passing = candidates.filter((c) => c.kind === 'passing').sort(byMerit);
  let remainingCents = envelopeCents;
  let reserveRank = 0;
  const ranked = passing.map((candidate, index): RankedApplication => {
    const rank = index + 1;
    const awardCents = candidate.awardCents;
    const reduced = awardCents < candidate.requestedGrantCents;
    if (awardCents <= remainingCents) {
      remainingCents -= awardCents;
      return { ...entryBase(candidate), outcome: 'selected', rank, awardCents, reduced };
    }
    reserveRank += 1;
    return { ...entryBase(candidate), outcome: 'reserve', rank, reserveRank, awardCents, reduced };
  });
  const allocatedCents = sumCents(ranked.flatMap((entry) => (entry.outcome === 'selected' ? [entry.awardCents] : [])));

  const unranked = (kind: Prepared['kind']) => candidates.filter((c) => c.kind === kind);
  const blocked = unranked('divergent')
    .sort(bySubmission)
    .map((c): RankedApplication => ({ ...entryBase(c), outcome: 'blocked_divergence' }));
  const incomplete = unranked('incomplete')
    .sort(bySubmission)
    .map((c): RankedApplication => ({ ...entryBase(c), outcome: 'incomplete' }));
  const rejected = unranked('rejected')
    .sort(byMerit)
    .map((c): RankedApplication => ({ ...entryBase(c), outcome: 'rejected_threshold', failures: c.failures }));

  return {
    envelopeCents,
    allocatedCents,
    remainingCents: envelopeCents - allocatedCents,
    provisional: blocked.length + incomplete.length > 0,
    entries: [...ranked, ...blocked, ...incomplete, ...rejected],
  };
}

/**
 * Which thresholds a consolidated score fails, sections in grid order then the overall one; empty
 * when it passes. Exactly at a threshold passes ("rejected below 12").
 */
export function thresholdFailures(
  grid: EvaluationGridDto,
  sectionScores: Record<string, ScoreHundredths>,
  total: ScoreHundredths,
): ThresholdFailure[] {
  const failures: ThresholdFailure[] = [];
  for (const section of grid.sections) {
    if (section.passThreshold === null) continue;
    const threshold = pointsToHundredths(section.passThreshold);
    const score = sectionScores[section.key];
    if (score < threshold) failures.push({ scope: 'section', sectionKey: section.key, threshold, score });
  }
  if (grid.passThreshold !== null && total < pointsToHundredths(grid.passThreshold)) {
    failures.push({ scope: 'overall', threshold: pointsToHundredths(grid.passThreshold), score: total });
  }
  return failures;
}

interface Prepared {
  kind: 'passing' | 'rejected' | 'divergent' | 'incomplete';
  applicationId: string;
  submittedAtMs: number;
  requestedGrantCents: Cents;
  awardCents: Cents;
  total: ScoreHundredths | null;
  relevance: ScoreHundredths | null;
  failures: ThresholdFailure[];
}

function prepare(candidate: RankingCandidate, grid: EvaluationGridDto, relevanceKey: string): Prepared {
  const { applicationId, requestedGrantCents, consolidation } = candidate;
  assertCents(requestedGrantCents, `grant requested by ${applicationId}`);
  if (requestedGrantCents <= 0) throw new EvaluationError(`${applicationId}: the grant requested must be positive`);
  const submittedAtMs = Date.parse(candidate.submittedAt);
  if (Number.isNaN(submittedAtMs))
    throw new EvaluationError(`${applicationId}: submission time ${candidate.submittedAt} is unreadable`);
  const awardCents = awardFor(candidate);
  const base = { applicationId, submittedAtMs, requestedGrantCents, awardCents, failures: [] };
  if (consolidation.status === 'incomplete') return { ...base, kind: 'incomplete', total: null, relevance: null };
  if (consolidation.status === 'divergent') return { ...base, kind: 'divergent', total: null, relevance: null };

  const { sectionScores, total } = consolidation;
  const missing = grid.sections.find((section) => !Number.isSafeInteger(sectionScores?.[section.key]));
  if (sectionScores === null || total === null || !Number.isSafeInteger(total) || missing) {
    throw new EvaluationError(`${applicationId}: a consolidated result needs a total and every section's score`);
  }
  const failures = thresholdFailures(grid, sectionScores, total);
  const kind = failures.length > 0 ? 'rejected' : 'passing';
  return { ...base, kind, total, relevance: sectionScores[relevanceKey], failures };
}

function awardFor(candidate: RankingCandidate): Cents {
  const confirmed = candidate.confirmedAwardCents ?? null;
  if (confirmed === null) return candidate.requestedGrantCents;
  assertCents(confirmed, `award confirmed for ${candidate.applicationId}`);
  if (confirmed > candidate.requestedGrantCents) {
    throw new EvaluationError(
      `${candidate.applicationId}: an award may be reduced, never raised above the grant requested`,
    );
  }
  if (confirmed <= 0) throw new EvaluationError(`${candidate.applicationId}: an award must be positive`);
  return confirmed;
}

/** Higher total, then higher relevance, then earlier submission, then id: a total order. */
function byMerit(a: Prepared, b: Prepared): number {
  return (b.total ?? 0) - (a.total ?? 0) || (b.relevance ?? 0) - (a.relevance ?? 0) || bySubmission(a, b);
}

function bySubmission(a: Prepared, b: Prepared): number {
  return a.submittedAtMs - b.submittedAtMs || compareIds(a.applicationId, b.applicationId);
}

function entryBase(
  candidate: Prepared,
): Pick<RankedApplication, 'applicationId' | 'requestedGrantCents' | 'total' | 'relevance'> {
  const { applicationId, requestedGrantCents, total, relevance } = candidate;
  return { applicationId, requestedGrantCents, total, relevance };
}
