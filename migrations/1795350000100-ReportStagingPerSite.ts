import { MigrationInterface, QueryRunner } from 'typeorm';
import { FIGURE_KEYS_1795350000000, figureColumnsDdl } from './1795350000000-SiteFigures';

/**
 * A report's parts now stage one wide row per site (the figures, and the month's population
 * changes), computed for every site in one statement each; the finishing step sums them per
 * county, city and region. Replaces the long per-city staging of unit × measure rows.
 */
export class ReportStagingPerSite1795350000100 implements MigrationInterface {
  name = 'ReportStagingPerSite1795350000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_staging`);
    await queryRunner.query(`CREATE TABLE report_staging_figures (
      period varchar(7) NOT NULL, site_id uuid NOT NULL, city_code varchar(6) NOT NULL, county_code varchar(6) NOT NULL,
      ${figureColumnsDdl(FIGURE_KEYS_1795350000000)}, PRIMARY KEY (period, site_id))`);
    await queryRunner.query(`CREATE TABLE report_staging_population (
      period varchar(7) NOT NULL, site_id uuid NOT NULL, deceased int NOT NULL, added int NOT NULL, PRIMARY KEY (period, site_id))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_staging_population`);
    await queryRunner.query(`DROP TABLE report_staging_figures`);
    await queryRunner.query(`CREATE TABLE "report_staging" ("period" character varying(7) NOT NULL, "unit_code" character varying(36) NOT NULL, "measure" character varying(40) NOT NULL, "part_city" character varying(6) NOT NULL, "level" character varying(8) NOT NULL, "parent_code" character varying(36), "city_code" character varying(6), "county_code" character varying(6), "numerator" double precision NOT NULL, "denominator" double precision NOT NULL, CONSTRAINT "PK_205e2a19a92eaa1a46f0b7cc750" PRIMARY KEY ("period", "unit_code", "measure"))`);
  }
}
