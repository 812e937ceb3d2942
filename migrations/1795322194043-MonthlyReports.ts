import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyReports1795322194043 implements MigrationInterface {
  name = 'MonthlyReports1795322194043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period" character varying(7) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'QUEUED', "requested_by" character varying(50) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "note" text, CONSTRAINT "PK_feeec78304d02763cc4932d6e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f01875fca9b0a8e0a4069a9358" ON "report_run" ("period", "requested_at") `);
    await queryRunner.query(`CREATE TABLE "monthly_report" ("period" character varying(7) NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "as_of" TIMESTAMP WITH TIME ZONE NOT NULL, "run_id" uuid NOT NULL, CONSTRAINT "PK_8080f105b9dc42e5d1a3fe4e933" PRIMARY KEY ("period"))`);
    await queryRunner.query(`CREATE TABLE "report_row" ("period" character varying(7) NOT NULL, "unit_code" character varying(36) NOT NULL, "indicator" character varying(40) NOT NULL, "level" "public"."unit_level" NOT NULL, "unit_name" character varying(100) NOT NULL, "parent_code" character varying(36), "city_code" character varying(6), "county_code" character varying(6), "numerator" double precision, "denominator" double precision, "value" double precision, "rank_in_parent" integer, "rank_in_region" integer, "change_from_previous_month" double precision, CONSTRAINT "PK_7fa1766d0da6ff10dc796cf096e" PRIMARY KEY ("period", "unit_code", "indicator"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e37906538561bdd934512621b7" ON "report_row" ("period", "level", "indicator") `);
    await queryRunner.query(`CREATE TABLE "report_staging" ("period" character varying(7) NOT NULL, "unit_code" character varying(36) NOT NULL, "measure" character varying(40) NOT NULL, "part_city" character varying(6) NOT NULL, "level" character varying(8) NOT NULL, "parent_code" character varying(36), "city_code" character varying(6), "county_code" character varying(6), "numerator" double precision NOT NULL, "denominator" double precision NOT NULL, CONSTRAINT "PK_205e2a19a92eaa1a46f0b7cc750" PRIMARY KEY ("period", "unit_code", "measure"))`);
    await queryRunner.query(`CREATE TABLE "report_unit_summary" ("period" character varying(7) NOT NULL, "unit_code" character varying(36) NOT NULL, "level" "public"."unit_level" NOT NULL, "unit_name" character varying(100) NOT NULL, "parent_code" character varying(36), "city_code" character varying(6), "county_code" character varying(6), "deceased" integer NOT NULL, "added" integer NOT NULL, "open_violations" integer NOT NULL, "unrecognized_claims" integer NOT NULL, CONSTRAINT "PK_6cd01c7e3990d1d5f3c9d4e073a" PRIMARY KEY ("period", "unit_code"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_unit_summary"`);
    await queryRunner.query(`DROP TABLE "report_staging"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e37906538561bdd934512621b7"`);
    await queryRunner.query(`DROP TABLE "report_row"`);
    await queryRunner.query(`DROP TABLE "monthly_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f01875fca9b0a8e0a4069a9358"`);
    await queryRunner.query(`DROP TABLE "report_run"`);
  }
}
