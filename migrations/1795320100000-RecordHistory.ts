import { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED_TABLES = ['site', 'household', 'person'] as const;

/**
 * History kept by the database (ARCHITECTURE decision 2). Each versioned row carries the
 * period it has been current for and who wrote it; a trigger copies the superseded version
 * into `<table>_history` with its period closed. The audit trail and every "as of" report
 * (a month's figures computed after later edits) read from here.
 *
 * The actor comes from `app.actor`, set per transaction by the API; `app.valid_from` lets
 * the demo and benchmark loaders backdate the versions they write.
 */
export class RecordHistory1795320100000 implements MigrationInterface {
  name = 'RecordHistory1795320100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION record_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor text := coalesce(nullif(current_setting('app.actor', true), ''), 'system');
        valid_from timestamptz := coalesce(nullif(current_setting('app.valid_from', true), '')::timestamptz, now());
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND lower(OLD.sys_period) < valid_from THEN
          -- A version written and replaced inside one transaction was never seen: keep only the last.
          OLD.sys_period := tstzrange(lower(OLD.sys_period), valid_from);
          EXECUTE format('INSERT INTO %I SELECT ($1).*', TG_TABLE_NAME || '_history') USING OLD;
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        NEW.sys_period := tstzrange(valid_from, NULL);
        NEW.written_by := actor;
        RETURN NEW;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table}
        ADD COLUMN sys_period tstzrange NOT NULL DEFAULT tstzrange(now(), NULL),
        ADD COLUMN written_by varchar(50) NOT NULL DEFAULT 'system'`);
      await queryRunner.query(`CREATE TABLE ${table}_history (LIKE ${table})`);
      await queryRunner.query(`CREATE INDEX ${table}_history_id_idx ON ${table}_history (id, lower(sys_period))`);
      await queryRunner.query(`CREATE INDEX ${table}_history_period_idx ON ${table}_history USING gist (sys_period)`);
      await queryRunner.query(`CREATE TRIGGER ${table}_versioning BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION record_version()`);
      // The rows as they were at an instant: the current versions that had begun, plus the
      // superseded versions whose period covers it.
      await queryRunner.query(`
        CREATE FUNCTION ${table}_as_of(instant timestamptz) RETURNS SETOF ${table} LANGUAGE sql STABLE AS $$
          SELECT * FROM ${table} WHERE sys_period @> instant
          UNION ALL
          SELECT * FROM ${table}_history WHERE sys_period @> instant
        $$`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...VERSIONED_TABLES].reverse()) {
      await queryRunner.query(`DROP FUNCTION ${table}_as_of(timestamptz)`);
      await queryRunner.query(`DROP TRIGGER ${table}_versioning ON ${table}`);
      await queryRunner.query(`DROP TABLE ${table}_history`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN sys_period, DROP COLUMN written_by`);
    }
    await queryRunner.query(`DROP FUNCTION record_version()`);
  }
}
