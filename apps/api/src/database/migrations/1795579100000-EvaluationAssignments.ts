import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluator assignments (DESIGN §3, decision 0015): one row per evaluator and application, unique, with
 * the conflict-of-interest declaration (pending, signed or conflict; a conflict row stays as the record
 * that keeps the evaluator off the application). Generated.
 */
export class EvaluationAssignments1795579100000 implements MigrationInterface {
  name = 'EvaluationAssignments1795579100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "evaluator_id" uuid NOT NULL, "assigned_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "declaration" character varying(10) NOT NULL DEFAULT 'pending', "declared_at" TIMESTAMP WITH TIME ZONE, "conflict_reason" text, CONSTRAINT "evaluation_assignments_declaration_known" CHECK (declaration IN ('pending', 'signed', 'conflict')), CONSTRAINT "PK_98d24083facdf48967cdaaeebe2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_assignments_evaluator_idx" ON "evaluation_assignments" ("evaluator_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evaluation_assignments_application_evaluator_key" ON "evaluation_assignments" ("application_id", "evaluator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "FK_06901fe6a7fa0ca45d6efce5545" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "FK_8baa783846c8a145779c24922cd" FOREIGN KEY ("evaluator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_assignments" DROP CONSTRAINT "FK_8baa783846c8a145779c24922cd"`);
    await queryRunner.query(`ALTER TABLE "evaluation_assignments" DROP CONSTRAINT "FK_06901fe6a7fa0ca45d6efce5545"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_assignments_application_evaluator_key"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_assignments_evaluator_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_assignments"`);
  }
}
