import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every site's figures as of a month's end, kept once a report has computed them, with the
 * digest of the statement that computed them (it carries the figure definitions and the claim
 * rules). The next month's report takes its previous month from here when the digest is its own,
 * instead of computing that month a second time: figures as of a past instant never change,
 * since the history they are read from is only ever appended to. Same columns as the staging
 * of a month's figures; a migration adding a figure adds it to both.
 */
export class KeptMonthFigures1795450000000 implements MigrationInterface {
  name = 'KeptMonthFigures1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE month_site_figures (LIKE report_staging_figures INCLUDING ALL)`);
    await queryRunner.query(`
      CREATE TABLE month_figures_basis (
        period varchar(7) PRIMARY KEY,
        statement_digest char(64) NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE month_figures_basis`);
    await queryRunner.query(`DROP TABLE month_site_figures`);
  }
}
