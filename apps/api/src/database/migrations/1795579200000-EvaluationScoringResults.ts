import { MigrationInterface, QueryRunner } from 'typeorm';
import { removeNotificationKind, setNotificationKinds } from './notification-kinds-check';

const KINDS_BEFORE = `'email_confirmation', 'password_reset', 'invitation', 'organisation_verified', 'organisation_registered', 'role_changed', 'security_alert', 'application_submitted', 'call_amended', 'application_receipt', 'application_ineligible'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'evaluation_result'`;

/**
 * Scoring and results (decision 0015): evaluators' score sheets, moderations, the confirmed award
 * decisions per lot, background export jobs, the call's divergence gap and publication time, and the
 * `evaluation_result` notification kind (its CHECK written by hand). Generated, then the kinds added.
 */
export class EvaluationScoringResults1795579200000 implements MigrationInterface {
  name = 'EvaluationScoringResults1795579200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_decisions" ("application_id" uuid NOT NULL, "call_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "outcome" character varying(10) NOT NULL, "rank" integer, "reserve_rank" integer, "requested_grant_cents" bigint NOT NULL, "award_cents" bigint, "total" integer, "confirmed_by" uuid NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "award_decisions_selected_has_award" CHECK (outcome <> 'selected' OR award_cents IS NOT NULL), CONSTRAINT "award_decisions_award_within_request" CHECK (award_cents IS NULL OR award_cents <= requested_grant_cents), CONSTRAINT "award_decisions_award_positive" CHECK (award_cents IS NULL OR award_cents > 0), CONSTRAINT "award_decisions_outcome_known" CHECK (outcome IN ('selected', 'reserve', 'rejected')), CONSTRAINT "PK_ce16ec99af9941d7ad0825f95c4" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "award_decisions_call_idx" ON "award_decisions" ("call_id") `);
    await queryRunner.query(`CREATE INDEX "award_decisions_lot_idx" ON "award_decisions" ("lot_id") `);
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "application_id" uuid NOT NULL, "evaluator_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "scores" jsonb NOT NULL DEFAULT '[]', "section_points" jsonb NOT NULL DEFAULT '{}', "total_points" integer NOT NULL DEFAULT '0', "complete" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "evaluations_total_points" CHECK (total_points >= 0), CONSTRAINT "evaluations_submitted_complete" CHECK (status <> 'submitted' OR (complete AND submitted_at IS NOT NULL)), CONSTRAINT "evaluations_status_known" CHECK (status IN ('draft', 'submitted')), CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "evaluations_application_idx" ON "evaluations" ("application_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "evaluations_assignment_key" ON "evaluations" ("assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "moderations" ("application_id" uuid NOT NULL, "section_scores" jsonb NOT NULL, "total" integer NOT NULL, "note" text NOT NULL, "moderated_by" uuid NOT NULL, "moderated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "moderations_total" CHECK (total >= 0), CONSTRAINT "PK_3508922981000f6035bda681a95" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "export_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "owner_id" uuid NOT NULL, "format" character varying(10) NOT NULL, "locale" character varying(5) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "status" character varying(10) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "storage_key" text, "file_name" character varying(200), "error" character varying(60), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "export_jobs_progress_range" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "export_jobs_status_known" CHECK (status IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "export_jobs_format_known" CHECK (format IN ('pdf', 'xlsx')), CONSTRAINT "export_jobs_kind_known" CHECK (kind IN ('evaluation_report')), CONSTRAINT "PK_3044ce6f1c6af24058ee609e063" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "export_jobs_owner_idx" ON "export_jobs" ("owner_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "calls" ADD "divergence_gap_bp" integer NOT NULL DEFAULT '2000'`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "results_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "calls_divergence_gap" CHECK (divergence_gap_bp BETWEEN 0 AND 10000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_decisions" ADD CONSTRAINT "FK_ce16ec99af9941d7ad0825f95c4" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_00fac9acd3d42c039cf3210950c" FOREIGN KEY ("assignment_id") REFERENCES "evaluation_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_42613ea05dd223da68e45d77ed1" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderations" ADD CONSTRAINT "FK_3508922981000f6035bda681a95" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await setNotificationKinds(queryRunner, KINDS_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'evaluation_result', KINDS_BEFORE);
    await queryRunner.query(`ALTER TABLE "moderations" DROP CONSTRAINT "FK_3508922981000f6035bda681a95"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_42613ea05dd223da68e45d77ed1"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_00fac9acd3d42c039cf3210950c"`);
    await queryRunner.query(`ALTER TABLE "award_decisions" DROP CONSTRAINT "FK_ce16ec99af9941d7ad0825f95c4"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_divergence_gap"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "results_published_at"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "divergence_gap_bp"`);
    await queryRunner.query(`DROP INDEX "public"."export_jobs_owner_idx"`);
    await queryRunner.query(`DROP TABLE "export_jobs"`);
    await queryRunner.query(`DROP TABLE "moderations"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_assignment_key"`);
    await queryRunner.query(`DROP INDEX "public"."evaluations_application_idx"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."award_decisions_lot_idx"`);
    await queryRunner.query(`DROP INDEX "public"."award_decisions_call_idx"`);
    await queryRunner.query(`DROP TABLE "award_decisions"`);
  }
}
