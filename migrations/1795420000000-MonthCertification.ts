import { MigrationInterface, QueryRunner } from 'typeorm';

/** The monthly sign-off (数据确认): each unit's confirmation of a month, and every step taken. */
export class MonthCertification1795420000000 implements MigrationInterface {
  name = 'MonthCertification1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."certification_status" AS ENUM('NOT_CERTIFIED', 'CERTIFIED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "month_certification" (
      "period" character varying(7) NOT NULL, "division_code" character varying(6) NOT NULL REFERENCES "division" ("code"),
      "status" "public"."certification_status" NOT NULL, "certified_by" character varying(50), "certified_at" TIMESTAMP WITH TIME ZONE,
      "note" character varying(500), "returned_by" character varying(50), "returned_at" TIMESTAMP WITH TIME ZONE, "return_reason" character varying(500),
      CONSTRAINT "PK_month_certification" PRIMARY KEY ("period", "division_code"))`);
    await queryRunner.query(`CREATE TABLE "month_certification_step" (
      "id" BIGSERIAL NOT NULL, "period" character varying(7) NOT NULL, "division_code" character varying(6) NOT NULL,
      "action" character varying(10) NOT NULL CHECK ("action" IN ('CERTIFY', 'RETURN')), "actor" character varying(50) NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" character varying(500),
      CONSTRAINT "PK_month_certification_step" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "month_certification_step_unit_idx" ON "month_certification_step" ("period", "division_code", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "month_certification_step"`);
    await queryRunner.query(`DROP TABLE "month_certification"`);
    await queryRunner.query(`DROP TYPE "public"."certification_status"`);
  }
}
