import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Application references (`SK-<year>-<region>-<n>`) are unique across all calls of a year, but were
 * counted per lot, so a second call of the same year and region gave a reference already taken (a
 * unique violation at submission). The count moves to one row per year and region, continuing from the
 * highest number already given; the per-lot counters go. The table was generated; the copy and the
 * drop are written by hand.
 */
export class ReferenceCounters1795579300000 implements MigrationInterface {
  name = 'ReferenceCounters1795579300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reference_counters" ("year" smallint NOT NULL, "region_code" character varying(3) NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_48473bbcac5f26f6935e7f41a46" PRIMARY KEY ("year", "region_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_counters" ADD CONSTRAINT "FK_71c0f65dff0d8b3b68598521755" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "reference_counters" ("year", "region_code", "last_value")
       SELECT substring(a.reference from 4 for 4)::smallint, l.region_code,
              max(substring(a.reference from '(\\d+)$')::int)
         FROM applications a JOIN call_lots l ON l.id = a.lot_id
        WHERE a.reference IS NOT NULL
        GROUP BY 1, 2`,
    );
    await queryRunner.query(`DROP TABLE "application_counters"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_counters" ("lot_id" uuid NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_8fe630c28ba2a0cfd9cd60273de" PRIMARY KEY ("lot_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_counters" ADD CONSTRAINT "FK_8fe630c28ba2a0cfd9cd60273de" FOREIGN KEY ("lot_id") REFERENCES "call_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "application_counters" ("lot_id", "last_value")
       SELECT a.lot_id, max(substring(a.reference from '(\\d+)$')::int)
         FROM applications a WHERE a.reference IS NOT NULL GROUP BY a.lot_id`,
    );
    await queryRunner.query(`ALTER TABLE "reference_counters" DROP CONSTRAINT "FK_71c0f65dff0d8b3b68598521755"`);
    await queryRunner.query(`DROP TABLE "reference_counters"`);
  }
}
