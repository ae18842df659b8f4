import type { EntityManager, QueryRunner } from 'typeorm';

const OUTBOX_WRITTEN = 'skemaOutboxWritten';

/** Notes on the caller's transaction that it wrote an outbox message (read when it ends). */
export function markOutboxWritten(manager: EntityManager): void {
  const runner = manager.queryRunner;
  if (runner) runner.data = { ...(runner.data as object), [OUTBOX_WRITTEN]: true };
}

/** True once, when the outermost transaction that carried the note has ended; clears the note. */
export function takeOutboxNote(runner: QueryRunner): boolean {
  const data = runner.data as Record<string, unknown> | undefined;
  if (runner.isTransactionActive || !data?.[OUTBOX_WRITTEN]) return false;
  delete data[OUTBOX_WRITTEN];
  return true;
}
