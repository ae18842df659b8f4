import { MigrationInterface, QueryRunner } from "typeorm";

/** Documents uploaded to applications: one per required attachment, type recognised by content, SHA-256 kept. */
export class Attachments1795578800000 implements MigrationInterface {
    name = 'Attachments1795578800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "requirement_key" character varying(40) NOT NULL, "file_name" character varying(200) NOT NULL, "type" character varying(10) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "application_attachments_size_positive" CHECK (size_bytes > 0), CONSTRAINT "application_attachments_type_known" CHECK (type IN ('pdf', 'docx', 'xlsx', 'odt', 'ods', 'jpg', 'png')), CONSTRAINT "PK_55686e36ab264ea9f11fa7f08d1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "application_attachments_requirement_key" ON "application_attachments" ("application_id", "requirement_key") `);
        await queryRunner.query(`ALTER TABLE "application_attachments" ADD CONSTRAINT "FK_b950de2119dd0bc7150a14c85bf" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "application_attachments" DROP CONSTRAINT "FK_b950de2119dd0bc7150a14c85bf"`);
        await queryRunner.query(`DROP INDEX "public"."application_attachments_requirement_key"`);
        await queryRunner.query(`DROP TABLE "application_attachments"`);
    }

}
