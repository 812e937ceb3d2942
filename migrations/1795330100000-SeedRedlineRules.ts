import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The red lines of SPEC §7 as shipped, and their audit trail: rule changes are versioned by the
 * same trigger as sites and households (RecordHistory), so `redline_rule_config_history` holds every
 * earlier threshold with who replaced it and when.
 */
export class SeedRedlineRules1795330100000 implements MigrationInterface {
  name = 'SeedRedlineRules1795330100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE redline_rule_config_history (LIKE redline_rule_config)`);
    await queryRunner.query(`CREATE INDEX redline_rule_config_history_rule_idx ON redline_rule_config_history (rule, lower(sys_period))`);
    await queryRunner.query(`CREATE TRIGGER redline_rule_config_versioning BEFORE INSERT OR UPDATE OR DELETE ON redline_rule_config
      FOR EACH ROW EXECUTE FUNCTION record_version()`);
    await queryRunner.query(`
      INSERT INTO redline_rule_config (rule, threshold, household_types, enabled, version) VALUES
        -- The national red line: at most 25 ㎡ per person for registered-poor households.
        ('HOUSING_AREA_PER_PERSON', 25, '{REGISTERED_POOR}', true, 1),
        ('SELF_FUNDING_PER_PERSON', 2500, '{REGISTERED_POOR,ALONGSIDE}', true, 1),
        -- A cap several provinces apply beside the per-person one.
        ('SELF_FUNDING_PER_HOUSEHOLD', 10000, '{REGISTERED_POOR,ALONGSIDE}', true, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER redline_rule_config_versioning ON redline_rule_config`);
    await queryRunner.query(`DELETE FROM redline_rule_config`);
    await queryRunner.query(`DROP TABLE redline_rule_config_history`);
  }
}
