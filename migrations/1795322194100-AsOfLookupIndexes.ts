import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A monthly report part reads one city's records as of the month's end. The `<table>_as_of`
 * functions inline into its query, and these indexes let the join from sites to households to
 * persons reach the superseded versions by key instead of scanning the whole history.
 */
export class AsOfLookupIndexes1795322194100 implements MigrationInterface {
  name = 'AsOfLookupIndexes1795322194100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX household_history_site_idx ON household_history (site_id)`);
    await queryRunner.query(`CREATE INDEX person_history_household_idx ON person_history (household_id)`);
    await queryRunner.query(`CREATE INDEX site_history_city_idx ON site_history (city_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX site_history_city_idx`);
    await queryRunner.query(`DROP INDEX person_history_household_idx`);
    await queryRunner.query(`DROP INDEX household_history_site_idx`);
  }
}
