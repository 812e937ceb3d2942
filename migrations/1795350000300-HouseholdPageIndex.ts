import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A site's households in page order (code, then id, as the households connection sorts them):
 * a page reads its 50 rows from the index in order instead of sorting all of the site's.
 */
export class HouseholdPageIndex1795350000300 implements MigrationInterface {
  name = 'HouseholdPageIndex1795350000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX household_site_page_idx ON household (site_id, code, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX household_site_page_idx`);
  }
}
