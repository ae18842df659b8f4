import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log (DESIGN §6): hash-chained entries, append-only in the database itself. The trigger is
 * statement-level so even an UPDATE or DELETE that matches no row is refused, and TRUNCATE with them.
 * (It stops the application and mistakes, not a superuser, who can disable it: that is what the hash
 * chain and `cli.js audit-verify` are for.)
 */
export class AuditLog1795574681343 implements MigrationInterface {
    name = 'AuditLog1795574681343'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_label" character varying(254) NOT NULL, "request_id" character varying(100), "action" character varying(6) NOT NULL, "entity" character varying(100) NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "audit_log_hashes_hex" CHECK (prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$'), CONSTRAINT "audit_log_action_known" CHECK (action IN ('insert', 'update', 'delete')), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_prev_hash_key" ON "audit_log" ("prev_hash") `);
        await queryRunner.query(`CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" ("occurred_at") `);
        await queryRunner.query(`CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id") `);
        await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$`);
        await queryRunner.query(`CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_actor_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_occurred_at_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_prev_hash_key"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    }

}
