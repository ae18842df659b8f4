import type { QueryRunner } from 'typeorm';

/**
 * For hand-written migrations that change which notification kinds the database accepts. TypeORM does
 * not see a CHECK whose expression changed, so each new kind rewrites both CHECKs with the full list
 * (`kinds`: the SQL list of quoted names, as it stands after that migration). Never change what this
 * does: migrations that ran rely on it.
 */
export async function setNotificationKinds(queryRunner: QueryRunner, kinds: string): Promise<void> {
  for (const [table, constraint] of [
    ['notifications', 'notifications_kind_known'],
    ['notification_preferences', 'notification_preferences_kind_known'],
  ]) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
    await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" CHECK (kind IN (${kinds}))`);
  }
}

/** Undoing a new kind: its rows go first, then the CHECKs return to the list before it. */
export async function removeNotificationKind(queryRunner: QueryRunner, kind: string, kindsBefore: string): Promise<void> {
  await queryRunner.query(`DELETE FROM "notifications" WHERE kind = $1`, [kind]);
  await queryRunner.query(`DELETE FROM "notification_preferences" WHERE kind = $1`, [kind]);
  await setNotificationKinds(queryRunner, kindsBefore);
}
