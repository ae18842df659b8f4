import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-hash';
import type { JsonValue } from './audit-masking';

export interface StoredAuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** The first entry that does not fit: its link to the one before (`prev_hash`) or its own seal (`hash`). */
export interface ChainBreak {
  id: string;
  field: 'prev_hash' | 'hash';
  expected: string;
  found: string;
}

export type AuditVerification = { intact: true; entries: number } | { intact: false; entries: number; broken: ChainBreak };

/**
 * Checks the chain one batch at a time, in id order, keeping only the last hash: memory stays flat
 * however long the log is. An edited entry fails its own hash; a deleted or inserted one fails the next
 * entry's link.
 */
export class AuditChainCheck {
  private tip = GENESIS_HASH;
  /** Entries checked and found sound so far. */
  entries = 0;

  feed(batch: readonly StoredAuditEntry[]): ChainBreak | null {
    for (const entry of batch) {
      if (entry.prevHash !== this.tip) return { id: entry.id, field: 'prev_hash', expected: this.tip, found: entry.prevHash };
      const expected = chainHash(entry.prevHash, entry);
      if (entry.hash !== expected) return { id: entry.id, field: 'hash', expected, found: entry.hash };
      this.tip = entry.hash;
      this.entries += 1;
    }
    return null;
  }
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  request_id: string | null;
  action: AuditAction;
  entity: string;
  entity_id: string;
  before: { [key: string]: JsonValue } | null;
  after: { [key: string]: JsonValue } | null;
  prev_hash: string;
  hash: string;
}

const toEntry = (row: AuditRow): StoredAuditEntry => ({
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  actorId: row.actor_id,
  actorLabel: row.actor_label,
  requestId: row.request_id,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** Recomputes the whole audit chain from the database (`cli.js audit-verify`). */
@Injectable()
export class AuditVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(options: { batchSize?: number } = {}): Promise<AuditVerification> {
    const batchSize = options.batchSize ?? 5_000;
    const check = new AuditChainCheck();
    // Keyset paging on the primary key: every batch is an index range scan, never an OFFSET.
    for (let after = '0'; ; ) {
      const rows = await this.dataSource.query<AuditRow[]>(
        `SELECT id::text AS id, occurred_at, actor_id, actor_label, request_id, action, entity, entity_id,
                before, after, prev_hash, hash
           FROM audit_log WHERE id > $1::bigint
          -- Qualified: a bare id would sort by the text alias above ('10' before '2').
          ORDER BY audit_log.id LIMIT $2`,
        [after, batchSize],
      );
      const broken = check.feed(rows.map(toEntry));
      if (broken) return { intact: false, entries: check.entries, broken };
      if (rows.length < batchSize) return { intact: true, entries: check.entries };
      after = rows[rows.length - 1]?.id ?? after;
    }
  }
}

/** The one-line verdict the CLI prints. */
export function describeVerification(result: AuditVerification): string {
  if (result.intact) return `audit chain intact: ${result.entries} entries`;
  const { id, field, expected, found } = result.broken;
  return `audit chain broken at entry #${id} (expected ${field === 'hash' ? 'hash' : 'prev_hash'} ${expected}, found ${found})`;
}
