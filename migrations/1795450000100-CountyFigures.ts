import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each county's sums of its sites' live figures, kept by the figures refresher in the same
 * transaction as `site_figures`: the region's and a city's platforms add up about a hundred
 * counties instead of every site (35,000 at national scale). Same figure columns as
 * `site_figures`, taken from it here; a migration adding a figure adds it to both.
 */
export class CountyFigures1795450000100 implements MigrationInterface {
  name = 'CountyFigures1795450000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ column_name: string }> = await queryRunner.query(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'site_figures' AND column_name NOT IN ('site_id', 'city_code', 'county_code')
       ORDER BY ordinal_position`,
    );
    const figures = rows.map((row) => row.column_name);
    await queryRunner.query(`CREATE TABLE county_figures (
      county_code varchar(6) PRIMARY KEY,
      city_code varchar(6) NOT NULL,
      ${figures.map((column) => `${column} float8 NOT NULL`).join(', ')})`);
    await queryRunner.query(`INSERT INTO county_figures (county_code, city_code, ${figures.join(', ')})
      SELECT county_code, min(city_code), ${figures.map((column) => `sum(${column})`).join(', ')}
      FROM site_figures GROUP BY county_code`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE county_figures`);
  }
}
