import { MigrationInterface, QueryRunner } from "typeorm";

/** Calls for proposals (issue 4): calls, their lots per region, and the log of amendments. */

export class Calls1795577292167 implements MigrationInterface {
    name = 'Calls1795577292167'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "call_lots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "region_code" character varying(3) NOT NULL, "envelope_cents" bigint NOT NULL, CONSTRAINT "call_lots_envelope_positive" CHECK (envelope_cents > 0), CONSTRAINT "PK_4dc9db315c533f68f41dc4c645e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "call_lots_call_region_key" ON "call_lots" ("call_id", "region_code") `);
        await queryRunner.query(`CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "title_sq" character varying(250) NOT NULL, "title_en" character varying(250) NOT NULL, "text_sq" text NOT NULL, "text_en" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "total_budget_cents" bigint NOT NULL, "min_grant_cents" bigint NOT NULL, "max_grant_cents" bigint NOT NULL, "max_cofinancing_share_bp" integer NOT NULL, "min_duration_months" smallint NOT NULL, "max_duration_months" smallint NOT NULL, "eligibility" jsonb NOT NULL DEFAULT '[]', "grid" jsonb, "required_attachments" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calls_total_budget_positive" CHECK (total_budget_cents > 0), CONSTRAINT "calls_cofinancing_share" CHECK (max_cofinancing_share_bp > 0 AND max_cofinancing_share_bp <= 10000), CONSTRAINT "calls_duration_bounds" CHECK (min_duration_months > 0 AND min_duration_months <= max_duration_months), CONSTRAINT "calls_grant_bounds" CHECK (min_grant_cents > 0 AND min_grant_cents <= max_grant_cents AND max_grant_cents <= total_budget_cents), CONSTRAINT "calls_status_known" CHECK (status IN ('draft', 'published', 'closed', 'in_evaluation', 'awarded', 'archived')), CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "calls_reference_key" ON "calls" ("reference") `);
        await queryRunner.query(`CREATE INDEX "calls_status_deadline_idx" ON "calls" ("status", "deadline") `);
        await queryRunner.query(`CREATE TABLE "call_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "amended_by" uuid NOT NULL, "amended_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason_sq" text NOT NULL, "reason_en" text NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_3ab37a3bf0f499dcf6961618f97" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "call_amendments_call_idx" ON "call_amendments" ("call_id", "amended_at") `);
        await queryRunner.query(`ALTER TABLE "call_lots" ADD CONSTRAINT "FK_706720f37908140188653ba141f" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "call_lots" ADD CONSTRAINT "FK_4dea7136ad8ddd7b72e69323acb" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "call_amendments" ADD CONSTRAINT "FK_ef7e75529f81ebb4a5331f352b2" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "call_amendments" DROP CONSTRAINT "FK_ef7e75529f81ebb4a5331f352b2"`);
        await queryRunner.query(`ALTER TABLE "call_lots" DROP CONSTRAINT "FK_4dea7136ad8ddd7b72e69323acb"`);
        await queryRunner.query(`ALTER TABLE "call_lots" DROP CONSTRAINT "FK_706720f37908140188653ba141f"`);
        await queryRunner.query(`DROP INDEX "public"."call_amendments_call_idx"`);
        await queryRunner.query(`DROP TABLE "call_amendments"`);
        await queryRunner.query(`DROP INDEX "public"."calls_status_deadline_idx"`);
        await queryRunner.query(`DROP INDEX "public"."calls_reference_key"`);
        await queryRunner.query(`DROP TABLE "calls"`);
        await queryRunner.query(`DROP INDEX "public"."call_lots_call_region_key"`);
        await queryRunner.query(`DROP TABLE "call_lots"`);
    }

}
