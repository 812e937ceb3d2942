import { MigrationInterface, QueryRunner } from 'typeorm';

export class Archive1795340000300 implements MigrationInterface {
  name = 'Archive1795340000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."archive_file_owner" AS ENUM('POLICY_DOCUMENT', 'SHORTFALL_PROGRESS_REPORT')`);
    await queryRunner.query(`CREATE TABLE "archive_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" "public"."archive_file_owner" NOT NULL, "owner_id" uuid NOT NULL, "sha256" character(64) NOT NULL, "size" integer NOT NULL, "mime_type" character varying(50) NOT NULL, "storage_key" character varying(200) NOT NULL, "original_name" character varying(255) NOT NULL, "uploaded_by" character varying(50) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17e252452a46a911a66d67dd50d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "archive_file_storage_key_key" ON "archive_file" ("storage_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "archive_file_owner_sha256_key" ON "archive_file" ("owner_type", "owner_id", "sha256") `);
    await queryRunner.query(`CREATE TYPE "public"."policy_level" AS ENUM('NATIONAL', 'REGION', 'CITY', 'COUNTY')`);
    await queryRunner.query(`CREATE TABLE "policy_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "issuer" character varying(200) NOT NULL, "document_number" character varying(100), "level" "public"."policy_level" NOT NULL, "division_code" character varying(6), "issued_on" date NOT NULL, "created_by" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "policy_document_division_check" CHECK ((level = 'NATIONAL') = (division_code IS NULL)), CONSTRAINT "PK_bcf61e29dc9154db3e3d0d7ba6f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_acc4a95cb566416b65c294f419" ON "policy_document" ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_c7b7da50a05e7c3a0592fcb51a" ON "policy_document" ("division_code") `);
    await queryRunner.query(`CREATE TYPE "public"."shortfall_category" AS ENUM('EDUCATION', 'MEDICAL', 'ROADS', 'WATER_POWER', 'COMMUNITY_SERVICE', 'INDUSTRY', 'ENVIRONMENT', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "shortfall_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "site_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "category" "public"."shortfall_category" NOT NULL, "planned_investment" numeric(14,2), "created_by" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d024aecf4b2bcdac69b43a18249" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_940f043489f12587c1796c13e4" ON "shortfall_project" ("site_id") `);
    await queryRunner.query(`CREATE TABLE "shortfall_progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "reported_on" date NOT NULL, "percent" smallint NOT NULL, "notes" text, "reported_by" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shortfall_progress_report_percent_check" CHECK (percent BETWEEN 0 AND 100), CONSTRAINT "PK_3f8acfafc7ad79f794a4307bf24" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_66e0a475ee39cc9f7b1cf072d8" ON "shortfall_progress_report" ("project_id") `);
    await queryRunner.query(`ALTER TABLE "policy_document" ADD CONSTRAINT "FK_c7b7da50a05e7c3a0592fcb51a2" FOREIGN KEY ("division_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "shortfall_project" ADD CONSTRAINT "FK_940f043489f12587c1796c13e4e" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "shortfall_progress_report" ADD CONSTRAINT "FK_66e0a475ee39cc9f7b1cf072d89" FOREIGN KEY ("project_id") REFERENCES "shortfall_project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shortfall_progress_report" DROP CONSTRAINT "FK_66e0a475ee39cc9f7b1cf072d89"`);
    await queryRunner.query(`ALTER TABLE "shortfall_project" DROP CONSTRAINT "FK_940f043489f12587c1796c13e4e"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP CONSTRAINT "FK_c7b7da50a05e7c3a0592fcb51a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66e0a475ee39cc9f7b1cf072d8"`);
    await queryRunner.query(`DROP TABLE "shortfall_progress_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_940f043489f12587c1796c13e4"`);
    await queryRunner.query(`DROP TABLE "shortfall_project"`);
    await queryRunner.query(`DROP TYPE "public"."shortfall_category"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7b7da50a05e7c3a0592fcb51a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acc4a95cb566416b65c294f419"`);
    await queryRunner.query(`DROP TABLE "policy_document"`);
    await queryRunner.query(`DROP TYPE "public"."policy_level"`);
    await queryRunner.query(`DROP INDEX "public"."archive_file_owner_sha256_key"`);
    await queryRunner.query(`DROP INDEX "public"."archive_file_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "archive_file"`);
    await queryRunner.query(`DROP TYPE "public"."archive_file_owner"`);
  }
}
