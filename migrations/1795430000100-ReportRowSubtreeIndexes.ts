import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A city's or a county's part of a month's snapshot, found by index: the bulletin and workbook
 * read one division's subtree, and at national scale a month holds 950,000 rows, nearly all of
 * them sites (by level alone a county's read would scan every site of the region).
 */
export class ReportRowSubtreeIndexes1795430000100 implements MigrationInterface {
  name = 'ReportRowSubtreeIndexes1795430000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX report_row_city_idx ON report_row (period, city_code, level, indicator)`);
    await queryRunner.query(`CREATE INDEX report_row_county_idx ON report_row (period, county_code, level, indicator)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX report_row_county_idx`);
    await queryRunner.query(`DROP INDEX report_row_city_idx`);
  }
}
