import { type ConsolidationDto, type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import {
  decisionsOf,
  lotRanking,
  type LotRankingInput,
  type RankingCandidateRow,
  relevanceSectionKeyOf,
  sameDecisions,
  type StoredDecision,
} from './lot-ranking';

const EUR = 100;
const KEYS = ['1', '2', '3', '4', '5'];

/** Consolidated with section scores in hundredths (default passes both PRAG thresholds, 70.00 in all). */
const consolidated = (sections = [1500, 2500, 1000, 1000, 1000]): ConsolidationDto => ({
  status: 'consolidated',
  method: 'mean',
  submittedCount: 2,
  countedAssignmentIds: ['x', 'y'],
  sectionScores: Object.fromEntries(KEYS.map((key, i) => [key, sections[i]])),
  total: sections.reduce((a, b) => a + b, 0),
  spreadPoints: 0,
  divergent: false,
});

const row = (id: string, totalPoints: number, requestedEur: number, minute = 0): RankingCandidateRow => ({
  applicationId: id,
  reference: `SK-2026-KUK-000${id}`,
  organisationName: `Qendra ${id}`,
  submittedAt: new Date(Date.UTC(2026, 2, 1, 10, minute)),
  requestedGrantCents: requestedEur * EUR,
  consolidation: consolidated([1500, 2500, 1000, 1000, totalPoints * 100 - 6000]),
});

/** Lot KUK with EUR 50,000: A 90 points asks 36,000; B 80 asks 36,000; C 70 asks 12,000. */
const input = (overrides: Partial<LotRankingInput> = {}): LotRankingInput => ({
  lot: { id: 'lot', regionCode: 'KUK', envelopeCents: 50_000 * EUR },
  grid: PRAG_FULL_APPLICATION_GRID,
  relevanceSectionKey: '2',
  candidates: [row('c', 70, 12_000, 2), row('a', 90, 36_000), row('b', 80, 36_000, 1)],
  decisions: [],
  ...overrides,
});

const stored = (lotInput: LotRankingInput): StoredDecision[] =>
  decisionsOf(lotRanking(lotInput).entries).map((d) => ({
    ...d,
    confirmedBy: 'pm',
    confirmedAt: new Date('2026-05-01T08:00:00Z'),
  }));

describe('a lot’s ranking as the programme manager sees it', () => {
  it('walks down the envelope: the one that does not fit waits on the reserve, a smaller one below is selected', () => {
    const lot = lotRanking(input());
    expect(lot).toMatchObject({ allocatedCents: 48_000 * EUR, remainingCents: 2_000 * EUR, provisional: false });
    expect(lot.entries.map((e) => [e.applicationId, e.outcome, e.rank, e.reserveRank, e.awardCents])).toEqual([
      ['a', 'selected', 1, null, 36_000 * EUR],
      ['b', 'reserve', 2, 1, 36_000 * EUR],
      ['c', 'selected', 3, null, 12_000 * EUR],
    ]);
    expect(lot.entries[0]).toMatchObject({
      reference: 'SK-2026-KUK-000a',
      organisationName: 'Qendra a',
      submittedAt: '2026-03-01T10:00:00.000Z',
      total: 9_000,
      relevance: 2_500,
      sectionScores: { '1': 1500, '2': 2500, '5': 3000 },
      reduced: false,
      failures: [],
    });
    expect(lot).toMatchObject({ confirmedAt: null, confirmedBy: null, stale: false });
  });

  it('lets a reduced award make room for the next application at its rank', () => {
    const lot = lotRanking(input({ awards: new Map([['a', 14_000 * EUR]]) }));
    expect(lot.entries.map((e) => [e.applicationId, e.outcome, e.awardCents, e.reduced])).toEqual([
      ['a', 'selected', 14_000 * EUR, true],
      ['b', 'selected', 36_000 * EUR, false],
      ['c', 'reserve', 12_000 * EUR, false],
    ]);
    expect(lot.remainingCents).toBe(0);
  });

  it('lists a threshold rejection with its failures, and a divergent one as blocked (provisional)', () => {
    const weak = { ...row('d', 60, 20_000), consolidation: consolidated([1500, 1800, 1000, 1000, 700]) };
    const split: RankingCandidateRow = {
      ...row('e', 0, 20_000),
      consolidation: { ...consolidated(), status: 'divergent', sectionScores: null, total: null, divergent: true },
    };
    const lot = lotRanking(input({ candidates: [row('a', 90, 36_000), weak, split] }));
    expect(lot.provisional).toBe(true);
    expect(lot.entries.find((e) => e.applicationId === 'd')).toMatchObject({
      outcome: 'rejected_threshold',
      rank: null,
      awardCents: null,
      failures: [{ scope: 'section', sectionKey: '2', threshold: 2000, score: 1800 }],
    });
    expect(lot.entries.find((e) => e.applicationId === 'e')).toMatchObject({
      outcome: 'blocked_divergence',
      total: null,
      sectionScores: null,
    });
    expect(decisionsOf(lot.entries)).toEqual([
      expect.objectContaining({ applicationId: 'a', outcome: 'selected', awardCents: 36_000 * EUR }),
      {
        applicationId: 'd',
        outcome: 'rejected',
        rank: null,
        reserveRank: null,
        requestedGrantCents: 20_000 * EUR,
        awardCents: null,
        total: 6000,
      },
    ]);
  });

  it('keeps the confirmed awards and says when the ranking no longer matches what was confirmed', () => {
    const confirmedWith = input({ awards: new Map([['a', 14_000 * EUR]]) });
    const decisions = stored(confirmedWith);
    const now = lotRanking(input({ decisions }));
    expect(now).toMatchObject({ stale: false, confirmedBy: 'pm', confirmedAt: '2026-05-01T08:00:00.000Z' });
    expect(now.entries[0]).toMatchObject({ awardCents: 14_000 * EUR, reduced: true });

    // A late sheet moves C above B: the confirmed decisions no longer hold.
    const changed = input({
      decisions,
      candidates: [row('c', 85, 12_000, 2), row('a', 90, 36_000), row('b', 80, 36_000, 1)],
    });
    expect(lotRanking(changed).stale).toBe(true);
  });

  it('compares decisions as sets', () => {
    const decisions = decisionsOf(lotRanking(input()).entries);
    expect(sameDecisions(decisions, [...decisions].reverse())).toBe(true);
    expect(sameDecisions(decisions, decisions.slice(1))).toBe(false);
    expect(sameDecisions(decisions, [{ ...decisions[0], total: 8_999 }, ...decisions.slice(1)])).toBe(false);
  });

  it('breaks ties by the PRAG relevance section, or by a call’s own grid’s first section', () => {
    expect(relevanceSectionKeyOf(PRAG_FULL_APPLICATION_GRID)).toBe('2');
    const own: EvaluationGridDto = {
      ...PRAG_FULL_APPLICATION_GRID,
      sections: PRAG_FULL_APPLICATION_GRID.sections.map((s, i) => ({ ...s, key: `s${i + 1}` })),
    };
    expect(relevanceSectionKeyOf(own)).toBe('s1');
  });
});
