import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants and payments (issue 6, DESIGN §3): grant contracts with their money columns and the CHECKs
 * that keep Σ approved and paid within the award, the payment schedule (tranches), grantee reports,
 * payments (four eyes, one idempotency key = one payment, and the partial unique index that lets a
 * tranche have at most one payment that is not rejected) and the contract numbers' counter per year
 * and region. Generated from the entities (the partial index included); nothing hand-written.
 */
export class Grants1795579400000 implements MigrationInterface {
  name = 'Grants1795579400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contract_counters" ("year" smallint NOT NULL, "region_code" character varying(3) NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_33a5fe176679c19c6a47ccc1a92" PRIMARY KEY ("year", "region_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "call_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "contract_number" character varying(30) NOT NULL, "title" character varying(300), "start_date" date NOT NULL, "end_date" date NOT NULL, "award_cents" bigint NOT NULL, "total_eligible_budget_cents" bigint NOT NULL, "budget" jsonb NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'contracted', "committed_cents" bigint NOT NULL DEFAULT '0', "paid_cents" bigint NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grants_paid_not_negative" CHECK (paid_cents >= 0), CONSTRAINT "grants_paid_within_committed" CHECK (paid_cents <= committed_cents), CONSTRAINT "grants_committed_within_award" CHECK (committed_cents <= award_cents), CONSTRAINT "grants_dates_ordered" CHECK (end_date > start_date), CONSTRAINT "grants_award_positive" CHECK (award_cents > 0), CONSTRAINT "grants_status_known" CHECK (status IN ('contracted', 'in_implementation', 'suspended', 'terminated', 'closed')), CONSTRAINT "PK_a25f5f89eff8b3277f7969b7094" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "grants_application_key" ON "grants" ("application_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "grants_contract_number_key" ON "grants" ("contract_number") `);
    await queryRunner.query(`CREATE INDEX "grants_organisation_idx" ON "grants" ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "grants_call_idx" ON "grants" ("call_id") `);
    await queryRunner.query(`CREATE INDEX "grants_lot_idx" ON "grants" ("lot_id") `);
    await queryRunner.query(`CREATE INDEX "grants_status_idx" ON "grants" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "grant_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "sequence" smallint NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "due_on" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "narrative" jsonb NOT NULL DEFAULT '{}', "expenditure" jsonb NOT NULL DEFAULT '[]', "spent_cents" bigint NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "returned_at" TIMESTAMP WITH TIME ZONE, "returned_by" uuid, "comments" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "grant_reports_spent_not_negative" CHECK (spent_cents >= 0), CONSTRAINT "grant_reports_period_ordered" CHECK (period_end >= period_start), CONSTRAINT "grant_reports_status_known" CHECK (status IN ('draft', 'submitted', 'approved', 'returned')), CONSTRAINT "grant_reports_kind_known" CHECK (kind IN ('interim', 'final')), CONSTRAINT "PK_e5387613f03e8f782f83c77494e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grant_reports_status_due_idx" ON "grant_reports" ("status", "due_on") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grant_reports_grant_kind_sequence_key" ON "grant_reports" ("grant_id", "kind", "sequence") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_tranches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "sequence" smallint NOT NULL, "kind" character varying(20) NOT NULL, "planned_cents" bigint NOT NULL, "released_by_report_kind" character varying(10), "released_by_report_sequence" smallint, CONSTRAINT "grant_tranches_report_whole" CHECK ((released_by_report_kind IS NULL) = (released_by_report_sequence IS NULL)), CONSTRAINT "grant_tranches_report_kind_known" CHECK (released_by_report_kind IS NULL OR released_by_report_kind IN ('interim', 'final')), CONSTRAINT "grant_tranches_planned_not_negative" CHECK (planned_cents >= 0), CONSTRAINT "grant_tranches_kind_known" CHECK (kind IN ('pre_financing', 'interim', 'balance')), CONSTRAINT "PK_85d1a64f3478fdc44946a75f1b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grant_tranches_grant_sequence_key" ON "grant_tranches" ("grant_id", "sequence") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "tranche_id" uuid NOT NULL, "amount_cents" bigint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'requested', "idempotency_key" uuid NOT NULL, "prepared_by" uuid NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "paid_on" date, "bank_reference" character varying(60), "rejected_by" uuid, "rejected_at" TIMESTAMP WITH TIME ZONE, "rejected_reason" character varying(1000), CONSTRAINT "payments_rejected_whole" CHECK ((status = 'rejected') = (rejected_at IS NOT NULL AND rejected_reason IS NOT NULL)), CONSTRAINT "payments_paid_whole" CHECK ((status = 'paid') = (paid_at IS NOT NULL AND paid_on IS NOT NULL AND bank_reference IS NOT NULL)), CONSTRAINT "payments_approved_has_approver" CHECK (status NOT IN ('approved', 'paid') OR approved_by IS NOT NULL), CONSTRAINT "payments_approval_whole" CHECK ((approved_by IS NULL) = (approved_at IS NULL)), CONSTRAINT "payments_four_eyes" CHECK (approved_by IS NULL OR approved_by <> prepared_by), CONSTRAINT "payments_amount_positive" CHECK (amount_cents > 0), CONSTRAINT "payments_status_known" CHECK (status IN ('requested', 'approved', 'paid', 'rejected')), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "payments_idempotency_key" ON "payments" ("idempotency_key") `);
    await queryRunner.query(`CREATE INDEX "payments_status_prepared_idx" ON "payments" ("status", "prepared_at") `);
    await queryRunner.query(`CREATE INDEX "payments_grant_idx" ON "payments" ("grant_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "payments_one_live_per_tranche_key" ON "payments" ("tranche_id") WHERE status <> 'rejected'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_counters" ADD CONSTRAINT "FK_0a57dc9cabdf4b9fd1430266b1a" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_a5d3d98b1ff611d1d342a53ae56" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_f2738098496fb46534e5b13d717" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_87b1ab627aea5d60959298aa192" FOREIGN KEY ("lot_id") REFERENCES "call_lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grants" ADD CONSTRAINT "FK_d466e3882b6db18d1b479ce3fdb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_reports" ADD CONSTRAINT "FK_d95ed6f8c56c25df19e0df3f05c" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_tranches" ADD CONSTRAINT "FK_c6b191ea00f629cccbfb1fc35e8" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ADD CONSTRAINT "FK_a2b757bbc42ef773442b4411117" FOREIGN KEY ("grant_id") REFERENCES "grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ADD CONSTRAINT "FK_b6ce0475f2ee860f052e474a6af" FOREIGN KEY ("tranche_id") REFERENCES "grant_tranches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ADD CONSTRAINT "FK_f438d2632b5c88e9eca11cb8640" FOREIGN KEY ("prepared_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ADD CONSTRAINT "FK_8014a2170ead7b3458919ee7e04" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_8014a2170ead7b3458919ee7e04"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_f438d2632b5c88e9eca11cb8640"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_b6ce0475f2ee860f052e474a6af"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_a2b757bbc42ef773442b4411117"`);
    await queryRunner.query(`ALTER TABLE "grant_tranches" DROP CONSTRAINT "FK_c6b191ea00f629cccbfb1fc35e8"`);
    await queryRunner.query(`ALTER TABLE "grant_reports" DROP CONSTRAINT "FK_d95ed6f8c56c25df19e0df3f05c"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP CONSTRAINT "FK_d466e3882b6db18d1b479ce3fdb"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP CONSTRAINT "FK_87b1ab627aea5d60959298aa192"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP CONSTRAINT "FK_f2738098496fb46534e5b13d717"`);
    await queryRunner.query(`ALTER TABLE "grants" DROP CONSTRAINT "FK_a5d3d98b1ff611d1d342a53ae56"`);
    await queryRunner.query(`ALTER TABLE "contract_counters" DROP CONSTRAINT "FK_0a57dc9cabdf4b9fd1430266b1a"`);
    await queryRunner.query(`DROP INDEX "public"."payments_one_live_per_tranche_key"`);
    await queryRunner.query(`DROP INDEX "public"."payments_grant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."payments_status_prepared_idx"`);
    await queryRunner.query(`DROP INDEX "public"."payments_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "payments"`);
    await queryRunner.query(`DROP INDEX "public"."grant_tranches_grant_sequence_key"`);
    await queryRunner.query(`DROP TABLE "grant_tranches"`);
    await queryRunner.query(`DROP INDEX "public"."grant_reports_grant_kind_sequence_key"`);
    await queryRunner.query(`DROP INDEX "public"."grant_reports_status_due_idx"`);
    await queryRunner.query(`DROP TABLE "grant_reports"`);
    await queryRunner.query(`DROP INDEX "public"."grants_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_lot_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_call_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."grants_contract_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."grants_application_key"`);
    await queryRunner.query(`DROP TABLE "grants"`);
    await queryRunner.query(`DROP TABLE "contract_counters"`);
  }
}
