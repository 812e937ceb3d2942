import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `period, unit_code, indicator, level, unit_name, parent_code, city_code, county_code,
  numerator, denominator, value, rank_in_parent, rank_in_region, change_from_previous_month`;

/** Where one month's rows live: the name the report builder gives a month's partition. */
const partitionOf = (period: string) => `report_row_${period.replace('-', '_')}`;

/**
 * `report_row` partitioned by month. A month's first snapshot (950,000 rows at national scale)
 * is then written into a table of its own with no index to maintain row by row, and attached
 * whole, its indexes built in one sorted pass each: the insert into four live indexes was
 * most of the national report's finish. Readers always name the month, so they read one
 * partition; the month therefore leads none of its indexes but the primary key (which must hold
 * the partition key), and each is smaller and quicker to build. Same columns and keys as before;
 * existing months are moved one partition each.
 */
export class ReportRowByMonth1795460000000 implements MigrationInterface {
  name = 'ReportRowByMonth1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_row RENAME TO report_row_unpartitioned`);
    await queryRunner.query(`ALTER TABLE report_row_unpartitioned DROP CONSTRAINT "PK_7fa1766d0da6ff10dc796cf096e"`);
    await queryRunner.query(`DROP INDEX "IDX_e37906538561bdd934512621b7", report_row_city_idx, report_row_county_idx`);
    await queryRunner.query(`CREATE TABLE report_row (LIKE report_row_unpartitioned INCLUDING DEFAULTS,
      CONSTRAINT "PK_7fa1766d0da6ff10dc796cf096e" PRIMARY KEY (period, unit_code, indicator)) PARTITION BY LIST (period)`);
    await queryRunner.query(`CREATE INDEX report_row_level_idx ON report_row (level, indicator)`);
    await queryRunner.query(`CREATE INDEX report_row_city_idx ON report_row (city_code, level, indicator)`);
    await queryRunner.query(`CREATE INDEX report_row_county_idx ON report_row (county_code, level, indicator)`);
    const months: Array<{ period: string }> = await queryRunner.query(`SELECT DISTINCT period FROM report_row_unpartitioned ORDER BY period`);
    for (const { period } of months) {
      if (!/^\d{4}-\d{2}$/.test(period)) throw new Error(`report_row holds a period that is not a month: ${period}`);
      await queryRunner.query(`CREATE TABLE ${partitionOf(period)} PARTITION OF report_row FOR VALUES IN ('${period}')`);
      await queryRunner.query(`INSERT INTO report_row (${COLUMNS}) SELECT ${COLUMNS} FROM report_row_unpartitioned WHERE period = $1`, [period]);
    }
    await queryRunner.query(`DROP TABLE report_row_unpartitioned`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_row RENAME TO report_row_partitioned`);
    await queryRunner.query(`ALTER TABLE report_row_partitioned RENAME CONSTRAINT "PK_7fa1766d0da6ff10dc796cf096e" TO report_row_partitioned_pkey`);
    await queryRunner.query(`ALTER INDEX report_row_level_idx RENAME TO report_row_partitioned_level_idx`);
    await queryRunner.query(`ALTER INDEX report_row_city_idx RENAME TO report_row_partitioned_city_idx`);
    await queryRunner.query(`ALTER INDEX report_row_county_idx RENAME TO report_row_partitioned_county_idx`);
    await queryRunner.query(`CREATE TABLE report_row (LIKE report_row_partitioned INCLUDING DEFAULTS,
      CONSTRAINT "PK_7fa1766d0da6ff10dc796cf096e" PRIMARY KEY (period, unit_code, indicator))`);
    await queryRunner.query(`INSERT INTO report_row (${COLUMNS}) SELECT ${COLUMNS} FROM report_row_partitioned`);
    await queryRunner.query(`CREATE INDEX "IDX_e37906538561bdd934512621b7" ON report_row (period, level, indicator)`);
    await queryRunner.query(`CREATE INDEX report_row_city_idx ON report_row (period, city_code, level, indicator)`);
    await queryRunner.query(`CREATE INDEX report_row_county_idx ON report_row (period, county_code, level, indicator)`);
    await queryRunner.query(`DROP TABLE report_row_partitioned`);
  }
}
