import { MigrationInterface, QueryRunner } from "typeorm";

/** Identity, organisations, regions (with their reference rows) and the worker heartbeat. */

export class Initial1795572176413 implements MigrationInterface {
    name = 'Initial1795572176413'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "worker_heartbeats" ("id" BIGSERIAL NOT NULL, "worker_id" character varying(100) NOT NULL, "job_id" character varying(100) NOT NULL, "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b78cac2cb4a34485da0553fd5c9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "worker_heartbeats_processed_at_idx" ON "worker_heartbeats" ("processed_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "worker_heartbeats_job_id_key" ON "worker_heartbeats" ("job_id") `);
        await queryRunner.query(`CREATE TABLE "regions" ("code" character varying(3) NOT NULL, "name_sq" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, "sort_order" smallint NOT NULL, CONSTRAINT "regions_code_known" CHECK (code IN ('TIR', 'KUK', 'DIB', 'SAR')), CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "legal_name" character varying(200) NOT NULL, "acronym" character varying(30), "registration_number" character varying(10) NOT NULL, "legal_form" character varying(30) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(30), "address" character varying(300), "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "organisations_registration_number_key" ON "organisations" ("registration_number") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'sq', "is_active" boolean NOT NULL DEFAULT true, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_locale_known" CHECK (locale IN ('sq', 'en')), CONSTRAINT "users_email_lowercase" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") `);
        await queryRunner.query(`CREATE TABLE "user_roles" ("user_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_roles_role_known" CHECK (role IN ('applicant', 'evaluator', 'programme_manager', 'finance_officer', 'reporting_officer', 'admin')), CONSTRAINT "PK_09d115a69b6014d324d592f9c42" PRIMARY KEY ("user_id", "role"))`);
        await queryRunner.query(`CREATE TABLE "organisation_regions" ("organisation_id" uuid NOT NULL, "region_code" character varying(3) NOT NULL, CONSTRAINT "PK_7afb0a6fcfd7c50ebef4823d0c0" PRIMARY KEY ("organisation_id", "region_code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_02c446e0504df442daa7575ccb" ON "organisation_regions" ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e21b74732dfc721f848f293e30" ON "organisation_regions" ("region_code") `);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_roles" ADD CONSTRAINT "FK_87b8888186ca9769c960e926870" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organisation_regions" ADD CONSTRAINT "FK_02c446e0504df442daa7575ccb8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "organisation_regions" ADD CONSTRAINT "FK_e21b74732dfc721f848f293e30d" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE CASCADE`);
        // Reference data (DESIGN §1): the four regions of the scheme.
        await queryRunner.query(`INSERT INTO "regions" ("code", "name_sq", "name_en", "sort_order") VALUES ('TIR', 'Tiranë', 'Tirana', 1), ('KUK', 'Kukës', 'Kukës', 2), ('DIB', 'Dibër', 'Dibër', 3), ('SAR', 'Sarandë', 'Saranda', 4)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisation_regions" DROP CONSTRAINT "FK_e21b74732dfc721f848f293e30d"`);
        await queryRunner.query(`ALTER TABLE "organisation_regions" DROP CONSTRAINT "FK_02c446e0504df442daa7575ccb8"`);
        await queryRunner.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "FK_87b8888186ca9769c960e926870"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e21b74732dfc721f848f293e30"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_02c446e0504df442daa7575ccb"`);
        await queryRunner.query(`DROP TABLE "organisation_regions"`);
        await queryRunner.query(`DROP TABLE "user_roles"`);
        await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."organisations_registration_number_key"`);
        await queryRunner.query(`DROP TABLE "organisations"`);
        await queryRunner.query(`DROP TABLE "regions"`);
        await queryRunner.query(`DROP INDEX "public"."worker_heartbeats_job_id_key"`);
        await queryRunner.query(`DROP INDEX "public"."worker_heartbeats_processed_at_idx"`);
        await queryRunner.query(`DROP TABLE "worker_heartbeats"`);
    }

}
