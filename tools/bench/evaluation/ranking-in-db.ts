/* eslint-disable @nx/enforce-module-boundaries -- a benchmark of the API's own ranking code must run that code */
/**
 * The ranking of a whole call, in this process against the bench database, without HTTP: the API's
 * `ConsolidationReader` (one query over the sheets and moderations, then the domain's `consolidate` per
 * application) and the domain's `rankLot` per lot, as `GET /calls/:id/ranking` runs them; the frozen
 * budgets it also reads; then the results service's whole `callRanking` (budgets, names, confirmed
 * decisions, the DTO) when that service is in the tree.
 */
import type { ConsolidationDto } from '@skema/contracts';
import { type LotRanking, PRAG_RELEVANCE_SECTION_KEY, rankLot } from '@skema/domain';
import { DataSource } from 'typeorm';
import { budgetOfSnapshot } from '../../../apps/api/src/app/applications/receipts/receipt-data';
import { CallLot } from '../../../apps/api/src/app/calls/entities/call-lot.entity';
import { Call } from '../../../apps/api/src/app/calls/entities/call.entity';
import { ConsolidationReader } from '../../../apps/api/src/app/evaluation/consolidation/consolidation.reader';
import { typeOrmOptions } from '../../../apps/api/src/database/typeorm-options';

export interface Stage {
  name: string;
  /** Milliseconds, one per measured run. */
  runs: number[];
}

export interface InDatabaseResult {
  stages: Stage[];
  /** What the ranking found, so a reader can see the data was what it claims. */
  outcome: Record<string, number>;
  consolidation: Record<string, number>;
}

interface Candidate {
  applicationId: string;
  lotId: string;
  submittedAt: string;
  requestedGrantCents: number;
}

/** The optional full service: present once the results feature is in the tree. */
type RankingServiceLike = { callRanking(callId: string): Promise<unknown> };
function rankingService(db: DataSource, reader: ConsolidationReader): RankingServiceLike | null {
  try {
    const { RankingService } = require('../../../apps/api/src/app/evaluation/results/ranking.service');
    return new RankingService(db, reader) as RankingServiceLike;
  } catch {
    return null;
  }
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function rankingInDatabase(
  url: string,
  callId: string,
  runs: number,
  warmup = 2,
): Promise<InDatabaseResult> {
  const db = await new DataSource(typeOrmOptions(url, { logging: ['error'] })).initialize();
  try {
    const reader = new ConsolidationReader();
    const call = await db.getRepository(Call).findOneByOrFail({ id: callId });
    const grid = call.grid;
    if (!grid) throw new Error(`call ${call.reference} has no grid`);
    const lots = await db.getRepository(CallLot).findBy({ callId });
    const candidates = await candidatesOf(db, callId);
    const rankAll = (consolidations: Map<string, ConsolidationDto>): LotRanking[] =>
      lots.map((lot) =>
        rankLot({
          grid,
          envelopeCents: lot.envelopeCents,
          relevanceSectionKey: PRAG_RELEVANCE_SECTION_KEY,
          candidates: candidates.flatMap((c) => {
            const consolidation = consolidations.get(c.applicationId);
            return c.lotId === lot.id && consolidation ? [{ ...c, consolidation }] : [];
          }),
        }),
      );
    const service = rankingService(db, reader);
    const stages: Stage[] = [
      { name: 'ConsolidationReader.read (whole call)', runs: [] },
      { name: 'rankLot × 4 lots (in memory)', runs: [] },
      { name: 'ConsolidationReader + rankLot', runs: [] },
      { name: 'frozen budgets: 10,000 budget sections read + grant derived', runs: [] },
      ...(service ? [{ name: 'RankingService.callRanking (what GET /ranking computes)', runs: [] }] : []),
    ];
    let last: Last = { consolidations: new Map(), rankings: [] };
    for (let run = 0; run < warmup + runs; run += 1) {
      const read = await timed(() => reader.read(db.manager, call));
      const ranked = await timed(() => rankAll(read.value));
      const budgets = await timed(() => candidatesOf(db, callId));
      const full = service ? await timed(() => service.callRanking(callId)) : null;
      if (run < warmup) continue;
      stages[0].runs.push(read.ms);
      stages[1].runs.push(ranked.ms);
      stages[2].runs.push(read.ms + ranked.ms);
      stages[3].runs.push(budgets.ms);
      if (full) stages[4].runs.push(full.ms);
      last = { consolidations: read.value, rankings: ranked.value };
    }
    return { stages, ...summary(last) };
  } finally {
    await db.destroy();
  }
}

/**
 * Who, when and how much, from the frozen submissions as the results service reads them (the grant
 * requested is derived from the snapshot's budget lines, the only part of the snapshot read): read once for rankLot's input, and timed as the
 * part of GET /ranking that the reader and rankLot do not cover.
 */
async function candidatesOf(db: DataSource, callId: string): Promise<Candidate[]> {
  const rows = await db.query<{ id: string; lot_id: string; submitted_at: Date; lines: unknown }[]>(
    `SELECT a.id, a.lot_id, s.submitted_at,
            (SELECT section -> 'content' -> 'lines' FROM jsonb_array_elements(s.snapshot -> 'sections') section
              WHERE section ->> 'key' = 'budget' LIMIT 1) AS lines
       FROM applications a JOIN application_submissions s ON s.application_id = a.id WHERE a.call_id = $1`,
    [callId],
  );
  return rows.map((r) => ({
    applicationId: r.id,
    lotId: r.lot_id,
    submittedAt: r.submitted_at.toISOString(),
    requestedGrantCents:
      budgetOfSnapshot({ sections: [{ key: 'budget', content: { lines: r.lines } }] })?.grantRequestedCents ?? 0,
  }));
}

interface Last {
  consolidations: Map<string, ConsolidationDto>;
  rankings: LotRanking[];
}

function summary({ consolidations, rankings }: Last) {
  const outcome: Record<string, number> = {};
  for (const entry of rankings.flatMap((r) => r.entries)) outcome[entry.outcome] = (outcome[entry.outcome] ?? 0) + 1;
  const consolidation: Record<string, number> = {};
  for (const c of consolidations.values()) {
    const kind = c.divergent ? `divergent, ${c.method}` : c.status;
    consolidation[kind] = (consolidation[kind] ?? 0) + 1;
  }
  return { outcome, consolidation };
}
