import { MigrationInterface, QueryRunner } from 'typeorm';

/** Edits of a county's records after it confirmed a month: corrections its city reviews. */
export class CertificationCorrections1795420000100 implements MigrationInterface {
  name = 'CertificationCorrections1795420000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certification_correction" (
      "id" BIGSERIAL NOT NULL, "period" character varying(7) NOT NULL, "county_code" character varying(6) NOT NULL,
      "household_id" uuid NOT NULL, "actor" character varying(50) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_certification_correction" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "certification_correction_unit_idx" ON "certification_correction" ("period", "county_code", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certification_correction"`);
  }
}
