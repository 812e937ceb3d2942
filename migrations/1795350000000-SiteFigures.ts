import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalog's keys when this migration was written; a later indicator adds its columns in its own migration. */
export const FIGURE_KEYS_1795350000000 = [
  'MOVE_IN_RATE', 'ACTUAL_RESIDENCE_RATE', 'DEMOLITION_RATE', 'RECLAMATION_RATE', 'POVERTY_EXIT_RATE', 'PROPERTY_CERTIFICATE_RATE',
  'HUKOU_TRANSFER_RATE', 'EMPLOYMENT_COVERAGE', 'LABOUR_EMPLOYMENT_RATE', 'INCOME_CHANNEL_COVERAGE', 'MEDICAL_INSURANCE_RATE',
  'PENSION_INSURANCE_RATE', 'COMPULSORY_EDUCATION_RATE', 'EVIDENCE_COMPLETENESS', 'REDLINE_VIOLATIONS', 'GEOHAZARD_ASSESSED_RATE',
  'ACCEPTANCE_RATE', 'INDUSTRY_SUPPORT_COVERAGE', 'SKILLS_TRAINING_COVERAGE', 'PARTY_ORGANISATION_RATE', 'SELF_GOVERNANCE_RATE',
  'SCHOOL_COVERAGE', 'CLINIC_COVERAGE', 'COMMUNITY_SERVICE_COVERAGE', 'CULTURE_CENTRE_COVERAGE', 'POLICING_CENTRE_COVERAGE',
];

/**
 * How a changed row of each table reaches the site whose figures it feeds; `%s` is the
 * transition table. Persons' evidence backs no claim (claim_rule allows sites and households).
 */
const SITE_OF_CHANGED_ROWS: Record<string, string> = {
  site: 'SELECT r.id AS site_id FROM %s r',
  site_facility: 'SELECT r.site_id FROM %s r',
  household: 'SELECT r.site_id FROM %s r',
  person: 'SELECT h.site_id FROM %s r JOIN household h ON h.id = r.household_id',
  redline_violation: 'SELECT h.site_id FROM %s r JOIN household h ON h.id = r.household_id',
  evidence: `SELECT CASE r.subject_type WHEN 'SITE' THEN r.subject_id ELSE h.site_id END AS site_id
    FROM %s r LEFT JOIN household h ON r.subject_type = 'HOUSEHOLD' AND h.id = r.subject_id WHERE r.subject_type <> 'PERSON'`,
};

/**
 * Live indicators from per-site figures kept up to date incrementally (issue 8). Every tier's
 * figures are sums over sites, so `site_figures` holds each site's numerators and denominators
 * and a division's indicators are a sum over at most a few tens of thousands of rows, instead
 * of an aggregation over millions of persons on every request.
 *
 * What keeps them true:
 * - every write to a table the figures read appends the sites it touched to
 *   `site_figures_stale` (statement triggers, in the writer's transaction, so nothing is missed
 *   and nothing is waited for); readers recompute those sites before they read;
 * - `site_figures_state` records the day the figures describe (ages and dated joins and
 *   leaves change with the day: the refresher marks exactly the sites whose persons crossed a
 *   threshold since) and a fingerprint of the statement that computed them (a changed
 *   catalog or claim rule rebuilds everything).
 * The indexes on persons' dates serve the day change.
 */
/** `<key>_n float8 NOT NULL, <key>_d float8 NOT NULL` for each key. */
export const figureColumnsDdl = (keys: readonly string[]) =>
  keys.flatMap((key) => [`${key.toLowerCase()}_n float8 NOT NULL`, `${key.toLowerCase()}_d float8 NOT NULL`]).join(', ');

export class SiteFigures1795350000000 implements MigrationInterface {
  name = 'SiteFigures1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE site_figures (site_id uuid PRIMARY KEY, ${figureColumnsDdl(FIGURE_KEYS_1795350000000)})`);
    await queryRunner.query(`CREATE TABLE site_figures_stale (site_id uuid NOT NULL)`);
    // One row; a NULL fingerprint means "never computed": the first refresh builds every site.
    await queryRunner.query(`CREATE TABLE site_figures_state (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      evaluation_day date, fingerprint text, refreshed_at timestamptz)`);
    await queryRunner.query(`INSERT INTO site_figures_state DEFAULT VALUES`);

    await queryRunner.query(`
      CREATE FUNCTION site_figures_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- TG_ARGV[0]: a query yielding site_id from the transition table named by %s.
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          EXECUTE format('INSERT INTO site_figures_stale (site_id) SELECT DISTINCT site_id FROM (' || TG_ARGV[0] || ') changed WHERE site_id IS NOT NULL', 'old_rows');
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('INSERT INTO site_figures_stale (site_id) SELECT DISTINCT site_id FROM (' || TG_ARGV[0] || ') changed WHERE site_id IS NOT NULL', 'new_rows');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION site_figures_invalidate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE site_figures_state SET fingerprint = NULL;
        RETURN NULL;
      END $$`);
    for (const [table, siteOf] of Object.entries(SITE_OF_CHANGED_ROWS)) {
      const argument = `'${siteOf.replace(/'/g, "''")}'`;
      await queryRunner.query(`CREATE TRIGGER ${table}_figures_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION site_figures_mark_stale(${argument})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_figures_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION site_figures_mark_stale(${argument})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_figures_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION site_figures_mark_stale(${argument})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_figures_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION site_figures_invalidate()`);
    }

    await queryRunner.query(`CREATE INDEX person_birth_date_idx ON person (birth_date)`);
    await queryRunner.query(`CREATE INDEX person_joined_on_idx ON person (joined_on) WHERE joined_on IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX person_left_on_idx ON person (left_on) WHERE left_on IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX person_left_on_idx`);
    await queryRunner.query(`DROP INDEX person_joined_on_idx`);
    await queryRunner.query(`DROP INDEX person_birth_date_idx`);
    for (const table of Object.keys(SITE_OF_CHANGED_ROWS)) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER ${table}_figures_${event} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION site_figures_invalidate()`);
    await queryRunner.query(`DROP FUNCTION site_figures_mark_stale()`);
    await queryRunner.query(`DROP TABLE site_figures_state`);
    await queryRunner.query(`DROP TABLE site_figures_stale`);
    await queryRunner.query(`DROP TABLE site_figures`);
  }
}
