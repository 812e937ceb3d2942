import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head of a household (户主) is a person of it: exactly one active member has relation
 * HEAD, with the household's head name and resident ID. Existing households are brought in
 * line first — a member already carrying the head's ID becomes the head; otherwise the head is
 * added from the household's head fields (gender and birth date as the ID encodes them, ethnicity
 * OTHER until someone records it) unless that ID belongs to an active person elsewhere, which is
 * left for staff to resolve and reported. Then at most one active head per household is a constraint.
 */
export class HeadOfHouseholdIsAPerson1795370000100 implements MigrationInterface {
  name = 'HeadOfHouseholdIsAPerson1795370000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT set_config('app.actor', 'migration', true)`);
    await queryRunner.query(`
      UPDATE person p SET relation = 'HEAD', version = p.version + 1, updated_at = now()
      FROM household h
      WHERE p.household_id = h.id AND p.id_number = h.head_id_number AND p.left_on IS NULL AND p.relation <> 'HEAD'
        AND NOT EXISTS (SELECT 1 FROM person other WHERE other.household_id = h.id AND other.relation = 'HEAD' AND other.left_on IS NULL)`);
    await queryRunner.query(`
      INSERT INTO person (version, household_id, name, id_number, relation, gender, birth_date, ethnicity)
      SELECT 1, h.id, h.head_name, h.head_id_number, 'HEAD',
             CASE WHEN substr(h.head_id_number, 17, 1)::int % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END::gender,
             to_date(substr(h.head_id_number, 7, 8), 'YYYYMMDD'), 'OTHER'
      FROM household h
      WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' AND p.left_on IS NULL)
        AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id_number = h.head_id_number AND p.left_on IS NULL)`);
    const [{ headless }] = await queryRunner.query(`
      SELECT count(*)::int AS headless FROM household h
      WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' AND p.left_on IS NULL)`);
    if (headless > 0) {
      console.warn(`[migration] ${headless} household(s) have no head: their head's resident ID belongs to an active person of another household`);
    }
    const [{ crowded }] = await queryRunner.query(`
      SELECT count(*)::int AS crowded FROM (
        SELECT household_id FROM person WHERE relation = 'HEAD' AND left_on IS NULL GROUP BY household_id HAVING count(*) > 1) twice`);
    if (crowded > 0) {
      throw new Error(`${crowded} household(s) have more than one active head: set the relation of all but one (person.relation) before migrating`);
    }
    await queryRunner.query(`CREATE UNIQUE INDEX "person_one_active_head_key" ON "person" ("household_id") WHERE "relation" = 'HEAD' AND "left_on" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."person_one_active_head_key"`);
  }
}
