import fc from 'fast-check';
import { type EvaluationGridDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { MoneyError, sumCents } from '../money';
import {
  type LotRankingInput,
  PRAG_RELEVANCE_SECTION_KEY,
  type RankedApplication,
  type RankingCandidate,
  rankLot,
} from './ranking';
import { EvaluationError } from './scoring';

/** PRAG grid: section 1 (capacity) rejected below 12, section 2 (relevance) below 20; no overall threshold. */
const grid = PRAG_FULL_APPLICATION_GRID;
const KEYS = ['1', '2', '3', '4', '5'];
const EUR = 100;

interface Spec {
  /** Section scores in hundredths; default passes both thresholds and totals 70.00. */
  sections?: number[];
  submittedAt?: string;
  requested?: number;
  confirmed?: number | null;
  status?: 'incomplete' | 'divergent';
}
const candidate = (applicationId: string, spec: Spec = {}): RankingCandidate => {
  const sections = spec.sections ?? [1500, 2500, 1000, 1000, 1000];
  const consolidated = {
    status: 'consolidated' as const,
    sectionScores: Object.fromEntries(KEYS.map((key, i) => [key, sections[i]])),
    total: sections.reduce((a, b) => a + b, 0),
  };
  return {
    applicationId,
    submittedAt: spec.submittedAt ?? '2026-03-01T10:00:00.000Z',
    requestedGrantCents: spec.requested ?? 30_000 * EUR,
    confirmedAwardCents: spec.confirmed,
    consolidation: spec.status ? { status: spec.status, sectionScores: null, total: null } : consolidated,
  };
};
/** A candidate totalling `total` points (relevance 25), asking for `requestedEur`. */
const scoring = (applicationId: string, total: number, requestedEur: number, spec: Spec = {}) =>
  candidate(applicationId, {
    sections: [1500, 2500, 1000, 1000, total * 100 - 6000],
    requested: requestedEur * EUR,
    ...spec,
  });

const rank = (candidates: RankingCandidate[], overrides: Partial<LotRankingInput> = {}) =>
  rankLot({
    grid,
    envelopeCents: 100_000 * EUR,
    relevanceSectionKey: PRAG_RELEVANCE_SECTION_KEY,
    candidates,
    ...overrides,
  });
const outcomes = (candidates: RankingCandidate[], overrides: Partial<LotRankingInput> = {}) =>
  rank(candidates, overrides).entries.map((e) => `${e.applicationId}:${e.outcome}`);

/** Ranks candidates given as [id, total points, EUR requested] in the default 100,000 lot. */
const rankRows = (...rows: [string, number, number][]) => rank(rows.map(([id, total, eur]) => scoring(id, total, eur)));
/** Each entry as [id, outcome, ...the named fields (null where its outcome has none)]. */
const table = (entries: RankedApplication[], ...fields: string[]) =>
  entries.map((e) => [e.applicationId, e.outcome, ...fields.map((f) => (e as Record<string, unknown>)[f] ?? null)]);

describe('rankLot', () => {
  describe('thresholds', () => {
    it('passes a section score exactly at its threshold and rejects a hundredth below', () => {
      const { entries } = rank([
        candidate('at', { sections: [1200, 2000, 1000, 1000, 1000] }),
        candidate('capacity-below', { sections: [1199, 3000, 2000, 1500, 1500] }),
        candidate('relevance-below', { sections: [2000, 1999, 2000, 1500, 1500] }),
      ]);
      expect(entries).toEqual([
        {
          applicationId: 'at',
          outcome: 'selected',
          rank: 1,
          awardCents: 3_000_000,
          reduced: false,
          requestedGrantCents: 3_000_000,
          total: 6200,
          relevance: 2000,
        },
        {
          applicationId: 'capacity-below',
          outcome: 'rejected_threshold',
          failures: [{ scope: 'section', sectionKey: '1', threshold: 1200, score: 1199 }],
          requestedGrantCents: 3_000_000,
          total: 9199,
          relevance: 3000,
        },
        {
          applicationId: 'relevance-below',
          outcome: 'rejected_threshold',
          failures: [{ scope: 'section', sectionKey: '2', threshold: 2000, score: 1999 }],
          requestedGrantCents: 3_000_000,
          total: 8999,
          relevance: 1999,
        },
      ]);
    });

    it('rejects on a high total too: thresholds come before ranking', () =>
      expect(
        outcomes([
          candidate('strong-but-weak-capacity', { sections: [1100, 3000, 2000, 1500, 1500] }),
          scoring('modest', 62, 30_000),
        ]),
      ).toEqual(['modest:selected', 'strong-but-weak-capacity:rejected_threshold']));

    it('checks the overall threshold, exactly at it passing, and lists every failed threshold in grid order', () => {
      const withOverall: EvaluationGridDto = { ...grid, passThreshold: 65 };
      const { entries } = rank(
        [
          candidate('at', { sections: [1500, 2500, 1000, 1000, 500] }),
          candidate('below', { sections: [1500, 2500, 1000, 1000, 499] }),
          candidate('all-three', { sections: [1100, 1900, 1000, 1000, 1000] }),
        ],
        { grid: withOverall },
      );
      expect(
        entries.map((e) =>
          e.outcome === 'rejected_threshold' ? [e.applicationId, e.failures] : [e.applicationId, e.outcome],
        ),
      ).toEqual([
        ['at', 'selected'],
        ['below', [{ scope: 'overall', threshold: 6500, score: 6499 }]],
        [
          'all-three',
          [
            { scope: 'section', sectionKey: '1', threshold: 1200, score: 1100 },
            { scope: 'section', sectionKey: '2', threshold: 2000, score: 1900 },
            { scope: 'overall', threshold: 6500, score: 6000 },
          ],
        ],
      ]);
    });

    it('funds nobody when all are rejected, keeping the whole envelope', () => {
      const result = rank([
        candidate('a', { sections: [1000, 2500, 2000, 1500, 1500] }),
        candidate('b', { sections: [1500, 1000, 2000, 1500, 1500] }),
      ]);
      expect(result.entries.map((e) => e.outcome)).toEqual(['rejected_threshold', 'rejected_threshold']);
      expect(result).toMatchObject({ allocatedCents: 0, remainingCents: 100_000 * EUR, provisional: false });
    });
  });

  describe('order and ties', () => {
    it('ranks by consolidated total, highest first', () =>
      expect(outcomes([scoring('c', 70, 10_000), scoring('a', 90, 10_000), scoring('b', 80, 10_000)])).toEqual([
        'a:selected',
        'b:selected',
        'c:selected',
      ]));

    it('breaks a tie on the total by the higher relevance score', () => {
      const entries = rank([
        candidate('less-relevant', { sections: [1500, 2400, 1100, 1000, 1000] }),
        candidate('more-relevant', { sections: [1500, 2500, 1000, 1000, 1000] }),
      ]).entries;
      expect(entries.map((e) => [e.applicationId, e.total, e.relevance])).toEqual([
        ['more-relevant', 7000, 2500],
        ['less-relevant', 7000, 2400],
      ]);
    });

    it('takes the relevance section from the parameter', () => {
      const candidates = [
        candidate('x', { sections: [1500, 2400, 1100, 1000, 1000] }),
        candidate('y', { sections: [1500, 2500, 1000, 1000, 1000] }),
      ];
      expect(rank(candidates, { relevanceSectionKey: '3' }).entries.map((e) => e.applicationId)).toEqual(['x', 'y']);
    });

    it('then by earlier submission, then by id', () => {
      const entries = rank([
        scoring('late', 70, 10_000, { submittedAt: '2026-03-01T10:00:01.000Z' }),
        scoring('b-early', 70, 10_000, { submittedAt: '2026-03-01T11:00:00+01:00' }),
        scoring('a-early', 70, 10_000, { submittedAt: '2026-03-01T10:00:00.000Z' }),
      ]).entries;
      expect(entries.map((e) => e.applicationId)).toEqual(['a-early', 'b-early', 'late']);
      expect(entries.map((e) => (e.outcome === 'selected' ? e.rank : null))).toEqual([1, 2, 3]);
    });

    it('ranks rejected applications by the same order, after the ranked ones', () =>
      expect(
        outcomes([
          candidate('rejected-low', { sections: [1000, 2500, 1000, 1000, 1000] }),
          candidate('rejected-high', { sections: [1000, 3000, 2000, 1000, 1000] }),
          scoring('ok', 65, 10_000),
        ]),
      ).toEqual(['ok:selected', 'rejected-high:rejected_threshold', 'rejected-low:rejected_threshold']));
  });

  describe('the envelope', () => {
    it('selects down the ranking while the envelope lasts; the rest is the reserve list, in order', () => {
      const result = rankRows(
        ['a', 90, 40_000],
        ['b', 85, 40_000],
        ['c', 80, 20_000],
        ['d', 75, 10_000],
        ['e', 70, 10_000],
      );
      expect(table(result.entries, 'rank', 'reserveRank')).toEqual([
        ['a', 'selected', 1, null],
        ['b', 'selected', 2, null],
        ['c', 'selected', 3, null],
        ['d', 'reserve', 4, 1],
        ['e', 'reserve', 5, 2],
      ]);
      expect(result).toMatchObject({
        envelopeCents: 100_000 * EUR,
        allocatedCents: 100_000 * EUR,
        remainingCents: 0,
        provisional: false,
      });
    });

    it('skips an application that does not fit to the reserve list and goes on with a smaller one below it', () => {
      // 100,000: a 40,000 + b 40,000 leave 20,000; c asks 30,000 and does not fit; d asks 20,000 and does.
      const result = rankRows(
        ['a', 90, 40_000],
        ['b', 85, 40_000],
        ['c', 80, 30_000],
        ['d', 75, 20_000],
        ['e', 70, 5_000],
      );
      expect(
        result.entries.map((e) => `${e.applicationId}:${e.outcome}${'reserveRank' in e ? e.reserveRank : ''}`),
      ).toEqual(['a:selected', 'b:selected', 'c:reserve1', 'd:selected', 'e:reserve2']);
      expect(result).toMatchObject({ allocatedCents: 100_000 * EUR, remainingCents: 0 });
    });

    it('leaves the rest of the envelope unspent when nothing below fits', () => {
      const result = rank([scoring('a', 90, 60_000), scoring('b', 80, 50_000), scoring('c', 70, 45_000)]);
      expect(result.entries.map((e) => e.outcome)).toEqual(['selected', 'reserve', 'reserve']);
      expect(result).toMatchObject({ allocatedCents: 60_000 * EUR, remainingCents: 40_000 * EUR });
    });

    it('selects an award exactly equal to what is left', () =>
      expect(outcomes([scoring('a', 90, 60_000), scoring('b', 80, 40_000)])).toEqual(['a:selected', 'b:selected']));

    it('puts every passing application on the reserve list when the envelope is empty', () =>
      expect(outcomes([scoring('a', 90, 10_000), scoring('b', 80, 10_000)], { envelopeCents: 0 })).toEqual([
        'a:reserve',
        'b:reserve',
      ]));

    it('gives an empty lot an empty ranking with the whole envelope left', () =>
      expect(rank([])).toEqual({
        envelopeCents: 100_000 * EUR,
        allocatedCents: 0,
        remainingCents: 100_000 * EUR,
        provisional: false,
        entries: [],
      }));
  });

  describe('confirmed awards', () => {
    const lot = (confirmed: Record<string, number>) =>
      [scoring('a', 90, 40_000), scoring('b', 85, 40_000), scoring('c', 80, 30_000), scoring('d', 75, 20_000)].map(
        (c) => (c.applicationId in confirmed ? { ...c, confirmedAwardCents: confirmed[c.applicationId] * EUR } : c),
      );

    it('frees envelope for the next when an award above is reduced', () => {
      const result = rank(lot({ b: 30_000 }));
      expect(table(result.entries, 'awardCents', 'reduced')).toEqual([
        ['a', 'selected', 4_000_000, false],
        ['b', 'selected', 3_000_000, true],
        ['c', 'selected', 3_000_000, false],
        ['d', 'reserve', 2_000_000, false],
      ]);
      expect(result).toMatchObject({ allocatedCents: 100_000 * EUR, remainingCents: 0 });
    });

    it('lets a reduced award make a skipped application fit at its rank', () =>
      expect(outcomes(lot({ c: 20_000 }))).toEqual(['a:selected', 'b:selected', 'c:selected', 'd:reserve']));

    it('treats a confirmed award equal to the request as not reduced', () =>
      expect(rank(lot({ a: 40_000 })).entries[0]).toMatchObject({
        outcome: 'selected',
        awardCents: 4_000_000,
        reduced: false,
      }));

    it('refuses an award raised above the grant requested, or not positive', () => {
      expect(() => rank(lot({ a: 40_000.01 }))).toThrow(/never raised/);
      expect(() => rank(lot({ a: 0 }))).toThrow(/positive/);
      expect(() => rank([{ ...scoring('a', 90, 40_000), confirmedAwardCents: 1.5 }])).toThrow(MoneyError);
    });
  });

  describe('applications not yet consolidated', () => {
    it('leaves divergent and incomplete ones unranked and marks the allocation provisional', () => {
      const result = rank([
        scoring('a', 90, 40_000),
        candidate('divergent', { status: 'divergent' }),
        candidate('incomplete', { status: 'incomplete' }),
        scoring('b', 80, 40_000),
        candidate('rejected', { sections: [1000, 2500, 1000, 1000, 1000] }),
      ]);
      expect(result.entries.map((e) => `${e.applicationId}:${e.outcome}`)).toEqual([
        'a:selected',
        'b:selected',
        'divergent:blocked_divergence',
        'incomplete:incomplete',
        'rejected:rejected_threshold',
      ]);
      expect(result.entries[2]).toEqual({
        applicationId: 'divergent',
        outcome: 'blocked_divergence',
        requestedGrantCents: 3_000_000,
        total: null,
        relevance: null,
      });
      expect(result).toMatchObject({ provisional: true, allocatedCents: 80_000 * EUR, remainingCents: 20_000 * EUR });
    });

    it('is not provisional once only rejections remain beside the ranking', () =>
      expect(rank([scoring('a', 90, 40_000), candidate('r', { sections: [0, 0, 0, 0, 0] })]).provisional).toBe(false));
  });

  describe('input no person could produce', () => {
    it.each<[string, () => unknown, RegExp | typeof MoneyError]>([
      ['a repeated application', () => rank([scoring('a', 90, 1), scoring('a', 80, 1)]), /listed twice/],
      ['an unknown relevance section', () => rank([], { relevanceSectionKey: '9' }), /no section 9/],
      [
        'a consolidated result without scores',
        () =>
          rank([
            { ...scoring('a', 90, 1), consolidation: { status: 'consolidated', sectionScores: null, total: null } },
          ]),
        /needs a total/,
      ],
      [
        'a section score missing',
        () =>
          rank([
            {
              ...scoring('a', 90, 1),
              consolidation: { status: 'consolidated', sectionScores: { '1': 1500 }, total: 1500 },
            },
          ]),
        /every section/,
      ],
      ['an unreadable submission time', () => rank([scoring('a', 90, 1, { submittedAt: 'yesterday' })]), /unreadable/],
      ['a request that is not positive', () => rank([scoring('a', 90, 0)]), /positive/],
      ['a negative envelope', () => rank([], { envelopeCents: -1 }), /negative/],
      ['fractions of a cent', () => rank([], { envelopeCents: 0.5 }), MoneyError],
    ])('refuses %s', (_, run, error) => expect(run).toThrow(error));

    it('throws EvaluationError for the rule breaches', () =>
      expect(() => rank([], { relevanceSectionKey: '9' })).toThrow(EvaluationError));
  });

  describe('properties', () => {
    const arbitraryLot = fc
      .uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
          sections: fc.tuple(
            fc.integer({ min: 1000, max: 2000 }),
            fc.integer({ min: 1800, max: 3000 }),
            fc.constantFrom(1000, 1500),
            fc.constant(1000),
            fc.constant(1000),
          ),
          minute: fc.integer({ min: 0, max: 3 }),
          requestedEur: fc.integer({ min: 10_000, max: 60_000 }),
          state: fc.constantFrom('consolidated', 'consolidated', 'consolidated', 'divergent', 'incomplete'),
          reducedBy: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
        }),
        { selector: (c) => c.id, maxLength: 12 },
      )
      .map((specs) =>
        specs.map((s) =>
          candidate(s.id, {
            sections: s.sections,
            submittedAt: `2026-03-01T10:0${s.minute}:00.000Z`,
            requested: s.requestedEur * EUR,
            confirmed: s.reducedBy === undefined ? null : (s.requestedEur - s.reducedBy) * EUR,
            status: s.state === 'consolidated' ? undefined : (s.state as 'divergent' | 'incomplete'),
          }),
        ),
      );
    const envelope = fc.integer({ min: 0, max: 300_000 * EUR });

    it('gives the same ranking whatever the order of the input', () =>
      fc.assert(
        fc.property(arbitraryLot, envelope, fc.integer(), (candidates, envelopeCents, seed) => {
          const shuffled = [...candidates].sort(
            (a, b) => (hash(a.applicationId) ^ seed) - (hash(b.applicationId) ^ seed),
          );
          expect(rank(shuffled, { envelopeCents })).toEqual(rank(candidates, { envelopeCents }));
        }),
      ));

    it('never overspends, in whole cents, and funds a reserve only when it would not fit', () =>
      fc.assert(
        fc.property(arbitraryLot, envelope, (candidates, envelopeCents) => {
          const result = rank(candidates, { envelopeCents });
          const selected = result.entries.flatMap((e) => (e.outcome === 'selected' ? [e.awardCents] : []));
          expect(result.allocatedCents).toBe(sumCents(selected));
          expect(result.allocatedCents + result.remainingCents).toBe(envelopeCents);
          expect(result.remainingCents).toBeGreaterThanOrEqual(0);
          let left = envelopeCents;
          for (const entry of result.entries) {
            if (entry.outcome === 'selected') left -= entry.awardCents;
            if (entry.outcome === 'reserve') expect(entry.awardCents).toBeGreaterThan(left);
          }
          expect(result.entries).toHaveLength(candidates.length);
        }),
      ));

    it('ranks 1..n without gaps and keeps reserve ranks in rank order', () =>
      fc.assert(
        fc.property(arbitraryLot, envelope, (candidates, envelopeCents) => {
          const ranked = rank(candidates, { envelopeCents }).entries.filter(
            (e) => e.outcome === 'selected' || e.outcome === 'reserve',
          );
          expect(ranked.map((e) => ('rank' in e ? e.rank : 0))).toEqual(ranked.map((_, i) => i + 1));
          const reserves = ranked.flatMap((e) => (e.outcome === 'reserve' ? [e.reserveRank] : []));
          expect(reserves).toEqual(reserves.map((_, i) => i + 1));
        }),
      ));
  });
});

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return h;
}
