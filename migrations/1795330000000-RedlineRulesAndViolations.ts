import { MigrationInterface, QueryRunner } from 'typeorm';

export class RedlineRulesAndViolations1795330000000 implements MigrationInterface {
  name = 'RedlineRulesAndViolations1795330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."redline_rule" AS ENUM('HOUSING_AREA_PER_PERSON', 'SELF_FUNDING_PER_PERSON', 'SELF_FUNDING_PER_HOUSEHOLD')`);
    await queryRunner.query(`CREATE TABLE "redline_rule_config" ("rule" "public"."redline_rule" NOT NULL, "threshold" numeric(12,2) NOT NULL, "household_types" "public"."household_type" array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "written_by" character varying(50) NOT NULL DEFAULT 'system', "sys_period" tstzrange NOT NULL DEFAULT tstzrange(now(), NULL), CONSTRAINT "PK_79d6d9a9d151c1599804efab434" PRIMARY KEY ("rule"))`);
    await queryRunner.query(`CREATE TYPE "public"."violation_status" AS ENUM('OPEN', 'RESOLVED')`);
    await queryRunner.query(`CREATE TABLE "redline_violation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "rule" "public"."redline_rule" NOT NULL, "status" "public"."violation_status" NOT NULL DEFAULT 'OPEN', "value" numeric(14,2) NOT NULL, "threshold" numeric(12,2) NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "detected_by" character varying(50) NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" character varying(50), CONSTRAINT "PK_a237b2103557abab00a8227a102" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bf3a06bd22467b367c748fbc69" ON "redline_violation" ("household_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "redline_violation_open_key" ON "redline_violation" ("household_id", "rule") WHERE status = 'OPEN'`);
    await queryRunner.query(`ALTER TABLE "redline_violation" ADD CONSTRAINT "FK_bf3a06bd22467b367c748fbc692" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "redline_violation" DROP CONSTRAINT "FK_bf3a06bd22467b367c748fbc692"`);
    await queryRunner.query(`DROP INDEX "public"."redline_violation_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf3a06bd22467b367c748fbc69"`);
    await queryRunner.query(`DROP TABLE "redline_violation"`);
    await queryRunner.query(`DROP TYPE "public"."violation_status"`);
    await queryRunner.query(`DROP TABLE "redline_rule_config"`);
    await queryRunner.query(`DROP TYPE "public"."redline_rule"`);
  }
}
