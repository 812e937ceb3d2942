import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795340000000 implements MigrationInterface {
  name = 'Evidence1795340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."evidence_subject_type" AS ENUM('SITE', 'HOUSEHOLD', 'PERSON')`);
    await queryRunner.query(`CREATE TYPE "public"."evidence_kind" AS ENUM('RELOCATION_APPROVAL_FORM', 'MOVE_IN_PHOTO', 'DEMOLITION_RECLAMATION_PHOTO', 'DUAL_CONFIRMATION_FORM', 'SELF_FUNDING_RECEIPT', 'GEOHAZARD_ASSESSMENT_REPORT', 'COMPLETION_ACCEPTANCE_REPORT', 'SITE_PHOTO', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."claim" AS ENUM('BENEFICIARY_POPULATION', 'ACTUALLY_RESIDENT', 'OLD_HOUSE_DEMOLISHED', 'LAND_RECLAIMED', 'POVERTY_EXIT', 'SELF_FUNDING', 'GEOHAZARD_ASSESSMENT', 'HOUSING_QUALITY_SAFETY')`);
    await queryRunner.query(`CREATE TABLE "evidence" ("sys_period" tstzrange NOT NULL DEFAULT tstzrange(now(), NULL), "written_by" character varying(50) NOT NULL DEFAULT 'system', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" "public"."evidence_subject_type" NOT NULL, "subject_id" uuid NOT NULL, "kind" "public"."evidence_kind" NOT NULL, "sha256" character(64) NOT NULL, "size" integer NOT NULL, "mime_type" character varying(50) NOT NULL, "storage_key" character varying(200) NOT NULL, "original_name" character varying(255) NOT NULL, "uploaded_by" character varying(50) NOT NULL, "uploader_level" "public"."unit_level" NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rejected_at" TIMESTAMP WITH TIME ZONE, "rejected_by" character varying(50), "rejection_reason" character varying(500), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "evidence_storage_key_key" ON "evidence" ("storage_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "evidence_subject_kind_sha256_key" ON "evidence" ("subject_type", "subject_id", "kind", "sha256") `);
    await queryRunner.query(`CREATE TABLE "claim_rule" ("claim" "public"."claim" NOT NULL, "subject_type" "public"."evidence_subject_type" NOT NULL, "evidence_kind" "public"."evidence_kind" NOT NULL, "made_when" text NOT NULL, CONSTRAINT "claim_rule_subject_type_check" CHECK (subject_type IN ('SITE', 'HOUSEHOLD')), CONSTRAINT "PK_252f597540b84580e0edcf4e5f8" PRIMARY KEY ("claim"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "claim_rule"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_subject_kind_sha256_key"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP TYPE "public"."claim"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_kind"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_subject_type"`);
  }
}
