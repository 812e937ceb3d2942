import { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED_TABLES = ['site', 'household', 'person'] as const;

/**
 * Department roster exchanges (issue 15, part 2) are import runs of another kind: the run gains
 * its roster kind and date, its preview counts, and one entry per roster row (matched, unmatched,
 * conflicting, unchanged). Every versioned record gains `written_via`, the provenance of a
 * version written from a roster (e.g. `EMPLOYMENT 2026-11-30`), set from `app.via` by a trigger
 * beside the one that records the actor: null is a manual edit. Appended last to each table and its
 * history twin, so their columns stay in the same positions.
 */
export class Exchanges1795415000000 implements MigrationInterface {
  name = 'Exchanges1795415000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN written_via varchar(40)`);
      await queryRunner.query(`ALTER TABLE ${table}_history ADD COLUMN written_via varchar(40)`);
    }
    // Named to fire after `<table>_versioning` (BEFORE triggers run in name order), which keeps the old version.
    await queryRunner.query(`
      CREATE FUNCTION record_via() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.written_via := nullif(current_setting('app.via', true), '');
        RETURN NEW;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_written_via BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_via()`);
    }
    await queryRunner.query(`ALTER TABLE import_run
      ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'HOUSEHOLDS'
        CHECK (kind IN ('HOUSEHOLDS', 'EMPLOYMENT', 'MEDICAL_INSURANCE', 'PENSION_INSURANCE', 'SCHOOLING')),
      ADD COLUMN as_of date,
      ADD COLUMN persons_matched int NOT NULL DEFAULT 0,
      ADD COLUMN persons_unmatched int NOT NULL DEFAULT 0,
      ADD COLUMN persons_conflicting int NOT NULL DEFAULT 0,
      ADD COLUMN persons_unchanged int NOT NULL DEFAULT 0,
      ADD CONSTRAINT import_run_exchange_as_of CHECK ((kind = 'HOUSEHOLDS') = (as_of IS NULL))`);
    await queryRunner.query(`
      CREATE TABLE exchange_entry (
        run_id uuid NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
        seq int NOT NULL,
        sheet varchar(100) NOT NULL,
        "row" int NOT NULL,
        id_number varchar(18) NOT NULL,
        name varchar(50),
        outcome varchar(12) NOT NULL CHECK (outcome IN ('MATCHED', 'UNMATCHED', 'CONFLICTING', 'UNCHANGED')),
        person_id uuid,
        person_version int,
        changes jsonb NOT NULL DEFAULT '{}',
        conflicts jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (run_id, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE exchange_entry`);
    await queryRunner.query(`ALTER TABLE import_run DROP CONSTRAINT import_run_exchange_as_of,
      DROP COLUMN kind, DROP COLUMN as_of, DROP COLUMN persons_matched, DROP COLUMN persons_unmatched,
      DROP COLUMN persons_conflicting, DROP COLUMN persons_unchanged`);
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_written_via ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table}_history DROP COLUMN written_via`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN written_via`);
    }
    await queryRunner.query(`DROP FUNCTION record_via()`);
  }
}
