import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'email_confirmation', 'password_reset', 'invitation', 'organisation_verified', 'organisation_registered', 'role_changed', 'security_alert'`;
const AFTER = `${BEFORE}, 'application_submitted', 'call_amended'`;

/**
 * Two notification kinds for applications. Written by hand: TypeORM does not see a CHECK whose
 * expression changed (only added or dropped ones), so the generator finds nothing to do.
 */
export class ApplicationNotifications1795578600000 implements MigrationInterface {
  name = 'ApplicationNotifications1795578600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.setKinds(queryRunner, AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind IN ('application_submitted', 'call_amended')`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE kind IN ('application_submitted', 'call_amended')`);
    await this.setKinds(queryRunner, BEFORE);
  }

  private async setKinds(queryRunner: QueryRunner, kinds: string): Promise<void> {
    for (const [table, constraint] of [
      ['notifications', 'notifications_kind_known'],
      ['notification_preferences', 'notification_preferences_kind_known'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" CHECK (kind IN (${kinds}))`);
    }
  }
}
