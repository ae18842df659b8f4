import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'email_confirmation', 'password_reset', 'invitation', 'organisation_verified', 'organisation_registered', 'role_changed', 'security_alert', 'application_submitted', 'call_amended'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'application_receipt'`;

/**
 * Submission receipts: where the PDF is stored and its SHA-256 (all three columns set together, once),
 * and the `application_receipt` notification kind. The columns were generated; the kind's CHECK is
 * written by hand (TypeORM does not see a CHECK whose expression changed).
 */
export class Receipts1795578900000 implements MigrationInterface {
  name = 'Receipts1795578900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_submissions" ADD "receipt_key" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "application_submissions" ADD "receipt_sha256" character(64)`);
    await queryRunner.query(`ALTER TABLE "application_submissions" ADD "receipt_generated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "application_submissions" ADD CONSTRAINT "application_submissions_receipt_whole" CHECK ((receipt_key IS NULL) = (receipt_sha256 IS NULL) AND (receipt_key IS NULL) = (receipt_generated_at IS NULL))`,
    );
    await this.setKinds(queryRunner, KINDS_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'application_receipt'`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE kind = 'application_receipt'`);
    await this.setKinds(queryRunner, KINDS_BEFORE);
    await queryRunner.query(`ALTER TABLE "application_submissions" DROP CONSTRAINT "application_submissions_receipt_whole"`);
    await queryRunner.query(`ALTER TABLE "application_submissions" DROP COLUMN "receipt_generated_at"`);
    await queryRunner.query(`ALTER TABLE "application_submissions" DROP COLUMN "receipt_sha256"`);
    await queryRunner.query(`ALTER TABLE "application_submissions" DROP COLUMN "receipt_key"`);
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
