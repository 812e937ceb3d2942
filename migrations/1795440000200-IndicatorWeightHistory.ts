import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Composite weights keep their history, so a month's report weighs its figures as the weights
 * stood at the month's end, however late it is generated or revised. The log replaces the table
 * of current weights (the latest change is the current weight). Weights already set are taken to
 * have held all along: they are what every report so far was weighed with.
 */
export class IndicatorWeightHistory1795440000200 implements MigrationInterface {
  name = 'IndicatorWeightHistory1795440000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_weight_change (
        id bigserial PRIMARY KEY,
        key varchar(40) NOT NULL,
        weight numeric(6,3) NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by varchar(50) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX indicator_weight_change_key_at ON indicator_weight_change (key, changed_at DESC)`);
    await queryRunner.query(`INSERT INTO indicator_weight_change (key, weight, changed_at, changed_by) SELECT key, weight, '-infinity', 'system' FROM indicator_weight`);
    await queryRunner.query(`DROP TABLE indicator_weight`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE indicator_weight (key varchar(40) PRIMARY KEY, weight numeric(6,3) NOT NULL)`);
    await queryRunner.query(
      `INSERT INTO indicator_weight (key, weight) SELECT DISTINCT ON (key) key, weight FROM indicator_weight_change ORDER BY key, changed_at DESC, id DESC`,
    );
    await queryRunner.query(`DROP TABLE indicator_weight_change`);
  }
}
