import { type EntityManager, In } from 'typeorm';
import { GRANT_RELATIONS, PAYMENT_RELATIONS } from './grant.mapper';
import type { GrantRows } from './grant-money-state';
import { GrantReport } from './entities/grant-report.entity';
import { GrantTranche } from './entities/grant-tranche.entity';
import { Grant } from './entities/grant.entity';
import { Payment } from './entities/payment.entity';

/**
 * The schedule, reports and payments of the given grants, in three queries whatever their number
 * (the page of a grant, the list of payments due). Grants come with their application, call, lot and
 * CSO; payments with who prepared and approved them.
 */
export async function readGrantRows(manager: EntityManager, grants: readonly Grant[]): Promise<GrantRows[]> {
  if (grants.length === 0) return [];
  const ids = grants.map((g) => g.id);
  // One after another: inside a transaction they share one connection anyway.
  const tranches = await manager.find(GrantTranche, { where: { grantId: In(ids) }, order: { sequence: 'ASC' } });
  const reports = await manager.find(GrantReport, {
    where: { grantId: In(ids) },
    order: { kind: 'ASC', sequence: 'ASC' },
  });
  const payments = await manager.find(Payment, {
    where: { grantId: In(ids) },
    relations: PAYMENT_RELATIONS,
    order: { preparedAt: 'ASC' },
  });
  const tranchesOf = groupBy(tranches);
  const reportsOf = groupBy(reports);
  const paymentsOf = groupBy(payments);
  return grants.map((grant) => ({
    grant,
    tranches: tranchesOf.get(grant.id) ?? [],
    reports: reportsOf.get(grant.id) ?? [],
    payments: paymentsOf.get(grant.id) ?? [],
  }));
}

function groupBy<T extends { grantId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.grantId);
    if (group) group.push(row);
    else groups.set(row.grantId, [row]);
  }
  return groups;
}

/** One grant's rows (404-free: the policy has already found it). */
export async function readOneGrantRows(manager: EntityManager, grantId: string): Promise<GrantRows> {
  const grant = await manager.findOneOrFail(Grant, { where: { id: grantId }, relations: GRANT_RELATIONS });
  const [rows] = await readGrantRows(manager, [grant]);
  return rows;
}
