/** Identifier helpers shared by consolidation and ranking (internal to the evaluation rules). */
import { EvaluationError } from './scoring';

/** Code-unit order, the same in every runtime and locale: the last tie-break. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Throws `EvaluationError` naming the first id listed twice (`what` says what it identifies). */
export function assertUniqueIds(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new EvaluationError(`${what} ${id} is listed twice`);
    seen.add(id);
  }
}
