import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report's part PREVIOUS_FIGURES stages every site's figures as of the previous month's end,
 * under the period being built, so the change from the previous month exists whether or not
 * that month was ever published (it used to be read from the previous snapshot, and stayed
 * null for ever after a month that was not). Same shape as the month's own staging.
 */
export class PreviousMonthFigures1795380000000 implements MigrationInterface {
  name = 'PreviousMonthFigures1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE report_staging_previous_figures (LIKE report_staging_figures INCLUDING ALL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_staging_previous_figures`);
  }
}
