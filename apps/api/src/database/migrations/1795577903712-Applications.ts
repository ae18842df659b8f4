import { MigrationInterface, QueryRunner } from "typeorm";

/** Application drafts: one per CSO and lot, sections saved with versions, and their history. */

export class Applications1795577903712 implements MigrationInterface {
    name = 'Applications1795577903712'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application_revisions" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "section" character varying(20) NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5eb6d45744accf3771af1b38eda" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "application_revisions_application_idx" ON "application_revisions" ("application_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "reference" character varying(30), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "applications_status_known" CHECK (status IN ('draft', 'submitted', 'withdrawn', 'eligible', 'ineligible', 'in_evaluation', 'evaluated', 'selected', 'reserve', 'rejected', 'contracted')), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "applications_reference_key" ON "applications" ("reference") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "applications_one_per_lot_key" ON "applications" ("organisation_id", "lot_id") WHERE status <> 'withdrawn'`);
        await queryRunner.query(`CREATE INDEX "applications_organisation_idx" ON "applications" ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "applications_call_status_idx" ON "applications" ("call_id", "status") `);
        await queryRunner.query(`CREATE TABLE "application_sections" ("application_id" uuid NOT NULL, "key" character varying(20) NOT NULL, "content" jsonb NOT NULL, "version" integer NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "application_sections_key_known" CHECK (key IN ('summary', 'problem', 'objectives', 'logframe', 'beneficiaries', 'partners', 'budget')), CONSTRAINT "PK_182248839829a09371dd0b3ae2c" PRIMARY KEY ("application_id", "key"))`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_0e6ecc995b9e74940f8bdd5c438" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_cab235caa2dc8861a7baf3a6a27" FOREIGN KEY ("lot_id") REFERENCES "call_lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_88452682304fec94e41708c7f0c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "application_sections" ADD CONSTRAINT "FK_b43c38d777485038d2a904c137b" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "application_sections" DROP CONSTRAINT "FK_b43c38d777485038d2a904c137b"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_88452682304fec94e41708c7f0c"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_cab235caa2dc8861a7baf3a6a27"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_0e6ecc995b9e74940f8bdd5c438"`);
        await queryRunner.query(`DROP TABLE "application_sections"`);
        await queryRunner.query(`DROP INDEX "public"."applications_call_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_organisation_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_one_per_lot_key"`);
        await queryRunner.query(`DROP INDEX "public"."applications_reference_key"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP INDEX "public"."application_revisions_application_idx"`);
        await queryRunner.query(`DROP TABLE "application_revisions"`);
    }

}
