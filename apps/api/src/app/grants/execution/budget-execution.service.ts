import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BudgetExecutionRowDto, Locale, PaymentStatus } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { csvCell } from '../../applications/applications-list.service';
import type { BudgetExecutionQuery } from './budget-execution.query';

interface ExecutionRow {
  call_id: string;
  call_reference: string;
  lot_id: string;
  region_code: string;
  envelope_cents: string;
  awarded_cents: string;
  committed_cents: string;
  paid_cents: string;
  grants: number;
}

interface LedgerRow {
  contract_number: string;
  organisation: string;
  region_code: string;
  tranche_sequence: number;
  tranche_kind: string;
  amount_cents: string;
  status: PaymentStatus;
  prepared_by: string;
  prepared_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  paid_on: string | null;
  bank_reference: string | null;
}

/**
 * Budget execution per lot and region (DESIGN §3: "always visible to finance and programme staff")
 * and the payment ledger. Both are one SQL aggregate or scan over the grants' running totals
 * (`committed_cents`, `paid_cents`, kept in the payments' own transactions), so they stay cheap at
 * 10,000 grants and 40,000 payments.
 */
@Injectable()
export class BudgetExecutionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every lot of the calls that have results (or only `callId`'s, or one region's). */
  async perLot(query: BudgetExecutionQuery): Promise<BudgetExecutionRowDto[]> {
    const rows = await this.dataSource.query<ExecutionRow[]>(
      `SELECT c.id AS call_id, c.reference AS call_reference, l.id AS lot_id, l.region_code,
              l.envelope_cents,
              COALESCE(SUM(g.award_cents), 0) AS awarded_cents,
              COALESCE(SUM(g.committed_cents), 0) AS committed_cents,
              COALESCE(SUM(g.paid_cents), 0) AS paid_cents,
              COUNT(g.id)::int AS grants
         FROM call_lots l
         JOIN calls c ON c.id = l.call_id
         LEFT JOIN grants g ON g.lot_id = l.id
        WHERE c.status IN ('awarded', 'archived')
          AND ($1::uuid IS NULL OR c.id = $1::uuid)
          AND ($2::text IS NULL OR l.region_code = $2::text)
        GROUP BY c.id, c.reference, l.id, l.region_code, l.envelope_cents
        ORDER BY c.reference DESC, l.region_code`,
      [query.callId ?? null, query.region ?? null],
    );
    return rows.map((row) => {
      const envelopeCents = Number(row.envelope_cents);
      const awardedCents = Number(row.awarded_cents);
      const paidCents = Number(row.paid_cents);
      return {
        callId: row.call_id,
        callReference: row.call_reference,
        lotId: row.lot_id,
        regionCode: row.region_code,
        envelopeCents,
        awardedCents,
        committedCents: Number(row.committed_cents),
        paidCents,
        unallocatedCents: envelopeCents - awardedCents,
        toPayCents: awardedCents - paidCents,
        grants: row.grants,
      };
    });
  }

  /** The payment ledger as CSV, oldest first, headers in the person's language; amounts in EUR. */
  async ledgerCsv(locale: Locale): Promise<string> {
    const rows = await this.dataSource.query<LedgerRow[]>(
      `SELECT g.contract_number, o.legal_name AS organisation, l.region_code,
              t.sequence AS tranche_sequence, t.kind AS tranche_kind, p.amount_cents, p.status,
              pu.display_name AS prepared_by, p.prepared_at, au.display_name AS approved_by, p.approved_at,
              p.paid_on::text AS paid_on, p.bank_reference
         FROM payments p
         JOIN grants g ON g.id = p.grant_id
         JOIN grant_tranches t ON t.id = p.tranche_id
         JOIN organisations o ON o.id = g.organisation_id
         JOIN call_lots l ON l.id = g.lot_id
         JOIN users pu ON pu.id = p.prepared_by
         LEFT JOIN users au ON au.id = p.approved_by
        ORDER BY p.prepared_at, p.id`,
    );
    const lines = rows.map((r) => [
      r.contract_number,
      r.organisation,
      r.region_code,
      `${r.tranche_sequence} ${r.tranche_kind}`,
      euros(Number(r.amount_cents)),
      r.status,
      r.prepared_by,
      r.prepared_at.toISOString(),
      r.approved_by ?? '',
      r.approved_at?.toISOString() ?? '',
      r.paid_on ?? '',
      r.bank_reference ?? '',
    ]);
    return [LEDGER_HEADERS[locale], ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
}

/** Cents as a plain decimal (12345.67), which every spreadsheet reads whatever its locale. */
function euros(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}

const LEDGER_HEADERS: Record<Locale, string[]> = {
  sq: [
    'Kontrata',
    'Organizata',
    'Rajoni',
    'Kësti',
    'Shuma (EUR)',
    'Gjendja',
    'Përgatiti',
    'Përgatitur më',
    'Miratoi',
    'Miratuar më',
    'Paguar më',
    'Referenca bankare',
  ],
  en: [
    'Contract',
    'Organisation',
    'Region',
    'Tranche',
    'Amount (EUR)',
    'Status',
    'Prepared by',
    'Prepared at',
    'Approved by',
    'Approved at',
    'Paid on',
    'Bank reference',
  ],
};
