import { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = ['site_as_of', 'household_as_of', 'person_as_of', 'evidence_as_of'];

/**
 * The `<table>_as_of` functions only read: marked parallel safe, a statement over them (a
 * month's report) may scan and aggregate persons and evidence with parallel workers, as the
 * same statement over the tables would. Left unmarked they are parallel unsafe, which even
 * once inlined keeps the whole statement on one core.
 */
export class ParallelSafeAsOf1795350000200 implements MigrationInterface {
  name = 'ParallelSafeAsOf1795350000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn}(timestamptz) PARALLEL SAFE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn}(timestamptz) PARALLEL UNSAFE`);
  }
}
