import { MigrationInterface, QueryRunner } from 'typeorm';

/** Spreadsheet imports: the run, its problems and its validated rows waiting for the commit. */
export class Imports1795410000000 implements MigrationInterface {
  name = 'Imports1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE import_status AS ENUM ('QUEUED', 'VALIDATING', 'VALIDATED', 'FAILED', 'COMMITTED')`);
    await queryRunner.query(`
      CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status import_status NOT NULL DEFAULT 'QUEUED',
        format varchar(4) NOT NULL CHECK (format IN ('XLSX', 'CSV')),
        file_name varchar(255) NOT NULL,
        storage_key varchar(200) NOT NULL,
        imported_by varchar(50) NOT NULL,
        importer_id uuid NOT NULL,
        importer_role varchar(20) NOT NULL,
        importer_jurisdiction varchar(40) NOT NULL,
        division_code varchar(6) NOT NULL,
        rows_total int NOT NULL DEFAULT 0,
        rows_done int NOT NULL DEFAULT 0,
        rows_valid int NOT NULL DEFAULT 0,
        households_created int NOT NULL DEFAULT 0,
        households_updated int NOT NULL DEFAULT 0,
        persons_created int NOT NULL DEFAULT 0,
        persons_updated int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        validated_at timestamptz,
        committed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX import_run_division_idx ON import_run (division_code, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE import_problem (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
        sheet varchar(100),
        "row" int,
        "column" varchar(100),
        value text,
        reason text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX import_problem_run_idx ON import_problem (run_id, id)`);
    await queryRunner.query(`
      CREATE TABLE import_row (
        run_id uuid NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
        seq int NOT NULL,
        sheet varchar(100) NOT NULL,
        "row" int NOT NULL,
        kind varchar(10) NOT NULL CHECK (kind IN ('HOUSEHOLD', 'PERSON')),
        target_id uuid,
        household_code varchar(32),
        input jsonb NOT NULL,
        PRIMARY KEY (run_id, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_row`);
    await queryRunner.query(`DROP TABLE import_problem`);
    await queryRunner.query(`DROP TABLE import_run`);
    await queryRunner.query(`DROP TYPE import_status`);
  }
}
