import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each site's figures carry its city and county codes (as of the computation; a site moved to
 * another county is marked by its trigger and recomputed), so a division's indicators are one
 * scan of site_figures, without joining the wide site rows (national scale: 240 ms → see
 * BENCHMARKS.md).
 */
export class SiteFiguresUnitCodes1795350000400 implements MigrationInterface {
  name = 'SiteFiguresUnitCodes1795350000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_figures ADD COLUMN city_code varchar(6), ADD COLUMN county_code varchar(6)`);
    await queryRunner.query(`UPDATE site_figures f SET city_code = s.city_code, county_code = s.county_code FROM site s WHERE s.id = f.site_id`);
    await queryRunner.query(`DELETE FROM site_figures WHERE county_code IS NULL`);
    await queryRunner.query(`ALTER TABLE site_figures ALTER COLUMN city_code SET NOT NULL, ALTER COLUMN county_code SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_figures DROP COLUMN city_code, DROP COLUMN county_code`);
  }
}
