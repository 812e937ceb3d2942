import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revisions (修订) of a published month: a region administrator re-runs the month with a
 * reason; the new snapshot supersedes the old, and both are kept. The current snapshot stays in
 * report_row / report_unit_summary (every reader reads it unchanged); a superseded one moves,
 * whole, to the *_superseded tables under its snapshot id (the run that published it).
 * report_revision says when, by whom and why each revision was made.
 */
export class ReportRevisions1795380000100 implements MigrationInterface {
  name = 'ReportRevisions1795380000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_run ADD revision_reason text`);
    await queryRunner.query(`ALTER TABLE monthly_report ADD revision int NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE TABLE report_revision (
      period varchar(7) NOT NULL, revision int NOT NULL, run_id uuid NOT NULL, superseded_run_id uuid NOT NULL,
      revised_by varchar(50) NOT NULL, reason text NOT NULL, revised_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (period, revision))`);
    await queryRunner.query(`CREATE TABLE report_row_superseded (snapshot_id uuid NOT NULL, LIKE report_row)`);
    await queryRunner.query(`ALTER TABLE report_row_superseded ADD PRIMARY KEY (snapshot_id, unit_code, indicator)`);
    await queryRunner.query(`CREATE TABLE report_unit_summary_superseded (snapshot_id uuid NOT NULL, LIKE report_unit_summary)`);
    await queryRunner.query(`ALTER TABLE report_unit_summary_superseded ADD PRIMARY KEY (snapshot_id, unit_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_unit_summary_superseded`);
    await queryRunner.query(`DROP TABLE report_row_superseded`);
    await queryRunner.query(`DROP TABLE report_revision`);
    await queryRunner.query(`ALTER TABLE monthly_report DROP COLUMN revision`);
    await queryRunner.query(`ALTER TABLE report_run DROP COLUMN revision_reason`);
  }
}
