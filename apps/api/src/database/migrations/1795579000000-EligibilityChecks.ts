import { MigrationInterface, QueryRunner } from 'typeorm';
import { removeNotificationKind, setNotificationKinds } from './notification-kinds-check';

const KINDS_BEFORE = `'email_confirmation', 'password_reset', 'invitation', 'organisation_verified', 'organisation_registered', 'role_changed', 'security_alert', 'application_submitted', 'call_amended', 'application_receipt'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'application_ineligible'`;

/**
 * The administrative and eligibility check: one row per application (pass/fail and a note per item of
 * the call's checklist, the outcome, who decided and when), and the `application_ineligible`
 * notification kind. The table was generated; the kind's CHECK is written by hand (TypeORM does not
 * see a CHECK whose expression changed).
 */
export class EligibilityChecks1795579000000 implements MigrationInterface {
  name = 'EligibilityChecks1795579000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "eligibility_checks" ("application_id" uuid NOT NULL, "items" jsonb NOT NULL, "outcome" character varying(20) NOT NULL, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "eligibility_checks_outcome_known" CHECK (outcome IN ('eligible', 'ineligible')), CONSTRAINT "PK_6000d297e715ab7af6806e1a429" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_checks" ADD CONSTRAINT "FK_6000d297e715ab7af6806e1a429" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await setNotificationKinds(queryRunner, KINDS_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'application_ineligible', KINDS_BEFORE);
    await queryRunner.query(`ALTER TABLE "eligibility_checks" DROP CONSTRAINT "FK_6000d297e715ab7af6806e1a429"`);
    await queryRunner.query(`DROP TABLE "eligibility_checks"`);
  }
}
