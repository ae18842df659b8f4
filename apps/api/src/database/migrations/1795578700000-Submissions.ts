import { MigrationInterface, QueryRunner } from "typeorm";

/** Frozen submissions (snapshot + SHA-256) and the gap-free reference counters per lot. */

export class Submissions1795578700000 implements MigrationInterface {
    name = 'Submissions1795578700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application_counters" ("lot_id" uuid NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_8fe630c28ba2a0cfd9cd60273de" PRIMARY KEY ("lot_id"))`);
        await queryRunner.query(`CREATE TABLE "application_submissions" ("application_id" uuid NOT NULL, "reference" character varying(30) NOT NULL, "snapshot" jsonb NOT NULL, "sha256" character(64) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by" uuid NOT NULL, CONSTRAINT "PK_782e29ec78461ee5496f8e96185" PRIMARY KEY ("application_id"))`);
        await queryRunner.query(`ALTER TABLE "application_counters" ADD CONSTRAINT "FK_8fe630c28ba2a0cfd9cd60273de" FOREIGN KEY ("lot_id") REFERENCES "call_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "application_submissions" ADD CONSTRAINT "FK_782e29ec78461ee5496f8e96185" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "application_submissions" DROP CONSTRAINT "FK_782e29ec78461ee5496f8e96185"`);
        await queryRunner.query(`ALTER TABLE "application_counters" DROP CONSTRAINT "FK_8fe630c28ba2a0cfd9cd60273de"`);
        await queryRunner.query(`DROP TABLE "application_submissions"`);
        await queryRunner.query(`DROP TABLE "application_counters"`);
    }

}
