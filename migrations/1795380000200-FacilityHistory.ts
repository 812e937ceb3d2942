import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Site facilities keep their history like the records (RecordHistory): each row carries the
 * period it has been current for and who wrote it, the trigger moves a replaced or removed
 * version to `site_facility_history`, and `site_facility_as_of(instant)` gives the facilities
 * as they were. A month's report reads them as of its end, so marking a clinic in use today no
 * longer changes a report computed later for a month already over.
 *
 * Rows that exist already get, as their start, the first version of their site: the best that
 * is known of when they were entered.
 */
export class FacilityHistory1795380000200 implements MigrationInterface {
  name = 'FacilityHistory1795380000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_facility
      ADD COLUMN sys_period tstzrange NOT NULL DEFAULT tstzrange(now(), NULL),
      ADD COLUMN written_by varchar(50) NOT NULL DEFAULT 'system'`);
    await queryRunner.query(`
      UPDATE site_facility f SET sys_period = tstzrange(s.since, NULL)
      FROM (SELECT id, min(lower(sys_period)) AS since FROM (SELECT id, sys_period FROM site UNION ALL SELECT id, sys_period FROM site_history) v GROUP BY id) s
      WHERE s.id = f.site_id`);
    await queryRunner.query(`CREATE TABLE site_facility_history (LIKE site_facility)`);
    await queryRunner.query(`CREATE INDEX site_facility_history_site_idx ON site_facility_history (site_id, lower(sys_period))`);
    await queryRunner.query(`CREATE INDEX site_facility_history_period_idx ON site_facility_history USING gist (sys_period)`);
    await queryRunner.query(`CREATE TRIGGER site_facility_versioning BEFORE INSERT OR UPDATE OR DELETE ON site_facility
      FOR EACH ROW EXECUTE FUNCTION record_version()`);
    await queryRunner.query(`
      CREATE FUNCTION site_facility_as_of(instant timestamptz) RETURNS SETOF site_facility LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT * FROM site_facility WHERE sys_period @> instant
        UNION ALL
        SELECT * FROM site_facility_history WHERE sys_period @> instant
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION site_facility_as_of(timestamptz)`);
    await queryRunner.query(`DROP TRIGGER site_facility_versioning ON site_facility`);
    await queryRunner.query(`DROP TABLE site_facility_history`);
    await queryRunner.query(`ALTER TABLE site_facility DROP COLUMN sys_period, DROP COLUMN written_by`);
  }
}
