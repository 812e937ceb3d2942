import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/db/data-source.options';
import { parseResidentId, residentIdMismatches } from '@app/registry/resident-id/resident-id';
import { createTestDatabase } from '../../../test/support/test-database';
import { addDays, todayInShanghai } from './dates';
import { DemoSummary, generateDemoDataset, loadDemoData } from './load-demo-data';

const PASSWORD = 'demo-password';
const SEED = 20200601;
// One date for every load in this file, so a run that crosses midnight still compares like with like.
const TODAY = todayInShanghai();

interface Loaded {
  dataSource: DataSource;
  drop: () => Promise<void>;
  summary: DemoSummary | null;
  millis: number;
}

async function freshDatabaseWithDemo(): Promise<Loaded> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url, { poolSize: 2 }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const started = Date.now();
  const summary = await loadDemoData(dataSource, { password: PASSWORD, seed: SEED, today: TODAY });
  return { dataSource, drop: database.drop, summary, millis: Date.now() - started };
}

async function count(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await dataSource.query(sql, parameters);
  return Number(Object.values(row)[0]);
}

async function tableCounts(dataSource: DataSource) {
  return {
    users: await count(dataSource, 'SELECT count(*) FROM app_user'),
    subscriptions: await count(dataSource, 'SELECT count(*) FROM alert_subscription'),
    sites: await count(dataSource, 'SELECT count(*) FROM site'),
    facilities: await count(dataSource, 'SELECT count(*) FROM site_facility'),
    households: await count(dataSource, 'SELECT count(*) FROM household'),
    persons: await count(dataSource, 'SELECT count(*) FROM person'),
  };
}

/**
 * Every column of every row and every past version, in a stable order: equal fingerprints
 * mean identical data. The users are left out because their salted hash differs per load.
 */
async function fingerprint(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const table of ['site', 'site_facility', 'household', 'person', 'site_history', 'household_history', 'person_history']) {
    const [row] = await dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`);
    parts.push(row.digest);
  }
  return parts.join(':');
}

describe('loadDemoData', () => {
  let first: Loaded;
  const others: Loaded[] = [];

  beforeAll(async () => {
    first = await freshDatabaseWithDemo();
    process.stdout.write(`demo load: ${JSON.stringify(first.summary)} in ${first.millis} ms\n`);
  });

  afterAll(async () => {
    for (const loaded of [first, ...others].filter(Boolean)) {
      await loaded.dataSource.destroy();
      await loaded.drop();
    }
  });

  it('loads an empty database quickly and reports what it wrote', async () => {
    expect(first.summary).not.toBeNull();
    const counts = await tableCounts(first.dataSource);
    expect(first.summary).toEqual({ users: counts.users, sites: counts.sites, households: counts.households, persons: counts.persons });
    expect(counts).toMatchObject({ users: 5, subscriptions: 5, sites: 12 });
    expect(counts.households).toBeGreaterThan(1300);
    expect(counts.households).toBeLessThan(1700);
    expect(counts.persons).toBeGreaterThan(5500);
    expect(counts.persons).toBeLessThan(7500);
    expect(counts.facilities).toBeGreaterThan(0);
    expect(first.millis).toBeLessThan(30_000);
  });

  it('gives every person a valid ID number that matches their birth date and gender', async () => {
    const persons: Array<{ id_number: string; birth_date: string; gender: 'MALE' | 'FEMALE' }> = await first.dataSource.query(
      'SELECT id_number, birth_date, gender FROM person',
    );
    const problems: string[] = [];
    for (const person of persons) {
      const parsed = parseResidentId(person.id_number);
      if (!parsed.ok) {
        problems.push(`${person.id_number}: ${parsed.message}`);
        continue;
      }
      for (const mismatch of residentIdMismatches(parsed.value, { birthDate: person.birth_date, gender: person.gender })) {
        problems.push(`${person.id_number}: ${mismatch.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps ID numbers unique among active persons and heads consistent with their households', async () => {
    expect(await count(first.dataSource, 'SELECT count(*) FROM (SELECT id_number FROM person WHERE left_on IS NULL GROUP BY id_number HAVING count(*) > 1) d')).toBe(0);
    expect(
      await count(
        first.dataSource,
        `SELECT count(*) FROM household h
          WHERE (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' AND p.left_on IS NULL) <> 1`,
      ),
    ).toBe(0);
    expect(
      await count(
        first.dataSource,
        `SELECT count(*) FROM household h JOIN person p ON p.household_id = h.id AND p.relation = 'HEAD'
          WHERE p.id_number <> h.head_id_number OR p.name <> h.head_name`,
      ),
    ).toBe(0);
  });

  it('respects the household rules the API enforces', async () => {
    const ds = first.dataSource;
    expect(await count(ds, 'SELECT count(*) FROM household WHERE labor_count > beneficiary_count OR beneficiary_count < 1')).toBe(0);
    // The beneficiaries are the members at approval; births and marriages since come on top.
    expect(
      await count(
        ds,
        `SELECT count(*) FROM household h
          WHERE h.beneficiary_count <> (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.join_reason = 'ORIGINAL_MEMBER')`,
      ),
    ).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE old_house_disposition = 'EXEMPT' AND coalesce(old_house_exempt_reason, '') = ''`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE land_reclaimed AND NOT old_house_demolished`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE poverty_exit_year IS NOT NULL AND poverty_status <> 'EXITED'`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE moved_in <> (moved_in_on IS NOT NULL) OR (actually_resident AND NOT moved_in)`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE (left_on IS NULL) <> (leave_reason IS NULL) OR left_on > $1 OR joined_on > $1 OR birth_date > $1`, [TODAY])).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE join_reason = 'BIRTH' AND joined_on < birth_date`)).toBe(0);
    // Relations agree with ages and genders: children a generation below the head, parents above.
    const relative = (where: string) =>
      count(ds, `SELECT count(*) FROM person m JOIN person h ON h.household_id = m.household_id AND h.relation = 'HEAD' WHERE ${where}`);
    expect(await relative(`m.relation = 'CHILD' AND m.birth_date < h.birth_date + interval '16 years'`)).toBe(0);
    expect(await relative(`m.relation = 'GRANDCHILD' AND m.birth_date < h.birth_date + interval '28 years'`)).toBe(0);
    expect(await relative(`m.relation = 'PARENT' AND m.birth_date > h.birth_date - interval '15 years'`)).toBe(0);
    expect(await relative(`m.relation = 'SPOUSE' AND m.gender = h.gender`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE relation = 'CHILD_IN_LAW' AND gender <> 'FEMALE'`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE') AND NOT is_labour`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM site s WHERE NOT EXISTS (SELECT 1 FROM division d WHERE d.code = s.county_code AND d.parent_code = s.city_code)`)).toBe(0);
  });

  it('is shaped like the programme: sizes, rates and red lines to find', async () => {
    const ds = first.dataSource;
    const [sizes] = await ds.query(`SELECT min(n) AS min, max(n) AS max, avg(n)::float AS mean FROM (SELECT count(*) AS n FROM person GROUP BY household_id) s`);
    expect(Number(sizes.min)).toBeGreaterThanOrEqual(1);
    expect(Number(sizes.max)).toBeLessThanOrEqual(8);
    expect(sizes.mean).toBeGreaterThan(4.0);
    expect(sizes.mean).toBeLessThan(4.6);

    const byCounty: Array<{ county_code: string; persons: string }> = await ds.query(
      `SELECT s.county_code, count(*) AS persons FROM person p JOIN household h ON h.id = p.household_id JOIN site s ON s.id = h.site_id GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(byCounty.map((r) => r.county_code)).toEqual(expect.arrayContaining(['450123', '450923', '451228']));
    expect(byCounty[0].county_code).toBe('451228');

    const [rates] = await ds.query(`
      SELECT avg(old_house_demolished::int) FILTER (WHERE old_house_disposition = 'MUST_DEMOLISH')::float AS demolition,
             avg(moved_in::int)::float AS moved_in,
             avg((household_type = 'REGISTERED_POOR')::int)::float AS registered_poor
        FROM household`);
    expect(rates.demolition).toBeGreaterThan(0.62);
    expect(rates.demolition).toBeLessThan(0.76);
    expect(rates.moved_in).toBeGreaterThan(0.94);
    expect(rates.registered_poor).toBeGreaterThan(0.64);
    expect(rates.registered_poor).toBeLessThan(0.76);

    const [employment] = await ds.query(`
      WITH labour AS (
        SELECT household_id, bool_or(employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE')) AS employed
          FROM person WHERE left_on IS NULL AND is_labour GROUP BY household_id)
      SELECT avg(employed::int)::float AS coverage FROM labour`);
    expect(employment.coverage).toBeGreaterThan(0.84);
    expect(employment.coverage).toBeLessThan(0.94);

    const [school] = await ds.query(`
      SELECT avg((schooling = 'IN_SCHOOL')::int)::float AS rate FROM person
       WHERE left_on IS NULL AND date_part('year', age($1::date, birth_date)) BETWEEN 6 AND 15`, [TODAY]);
    expect(school.rate).toBeGreaterThan(0.97);

    const [shares] = await ds.query(`
      SELECT avg(party_organisation_established::int)::float AS party,
             avg(self_governance_established::int)::float AS self_governance,
             avg((EXISTS (SELECT 1 FROM site_facility f WHERE f.site_id = s.id AND f.kind_code = 'PRIMARY_SCHOOL'))::int)::float AS school,
             avg((EXISTS (SELECT 1 FROM site_facility f WHERE f.site_id = s.id AND f.kind_code = 'MARKET'))::int)::float AS market
        FROM site s`);
    // Twelve sites: each share is the reported one rounded to the nearest twelfth.
    expect(Math.abs(shares.party - 322 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.self_governance - 316 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.school - 411 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.market - 258 / 481)).toBeLessThan(1 / 12);

    expect(await count(ds, `SELECT count(*) FROM household WHERE household_type = 'REGISTERED_POOR' AND housing_area / beneficiary_count > 25`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM household WHERE self_funding / beneficiary_count > 2500`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM household WHERE self_funding > 10000`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM person WHERE join_reason = 'BIRTH' AND joined_on > $1::date - 365`, [TODAY])).toBeGreaterThan(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE leave_reason = 'DEATH'`)).toBeGreaterThan(0);
  });

  it('carries a year of backdated history, as reports for past months need', async () => {
    const ds = first.dataSource;
    const yearAgo = addDays(TODAY, -366);
    expect(await count(ds, `SELECT count(*) FROM household_as_of($1::date)`, [yearAgo])).toBe(0);
    const entered = addDays(TODAY, -300);
    expect(await count(ds, `SELECT count(*) FROM household_as_of($1::date)`, [entered])).toBe(first.summary?.households);
    expect(await count(ds, 'SELECT count(*) FROM household_history')).toBeGreaterThan(100);
    expect(await count(ds, 'SELECT count(*) FROM person_history')).toBeGreaterThan(10);

    // Each current row is the last of its versions, numbered and stamped accordingly.
    for (const table of ['site', 'household', 'person']) {
      expect(
        await count(
          ds,
          `SELECT count(*) FROM ${table} t
            WHERE t.version <> 1 + (SELECT count(*) FROM ${table}_history x WHERE x.id = t.id)
               OR t.updated_at <> lower(t.sys_period) OR upper(t.sys_period) IS NOT NULL OR t.written_by <> 'demo-loader'
               OR lower(t.sys_period) > now()`,
        ),
      ).toBe(0);
    }

    // Month-end figures move through the year: last month's report has changes to show.
    const monthEnds: Array<{ certificates: string; demolished: string; persons: string }> = await ds.query(
      `SELECT (SELECT count(*) FROM household_as_of(m) WHERE property_certificate_issued) AS certificates,
              (SELECT count(*) FROM household_as_of(m) WHERE old_house_demolished) AS demolished,
              (SELECT count(*) FROM person_as_of(m) WHERE left_on IS NULL) AS persons
         FROM generate_series(date_trunc('month', $1::date) - interval '10 months', date_trunc('month', $1::date), interval '1 month') AS m`,
      [TODAY],
    );
    expect(new Set(monthEnds.map((m) => m.certificates)).size).toBeGreaterThan(3);
    expect(new Set(monthEnds.map((m) => m.demolished)).size).toBeGreaterThan(3);
    expect(new Set(monthEnds.map((m) => m.persons)).size).toBeGreaterThan(3);

    // A few red-line crossings were entered and corrected later in the year.
    expect(
      await count(
        ds,
        `SELECT count(DISTINCT h.id) FROM household h JOIN household_history x ON x.id = h.id
          WHERE (x.self_funding > 10000 AND h.self_funding <= 10000) OR (x.housing_area > h.housing_area)`,
      ),
    ).toBeGreaterThanOrEqual(2);
  });

  it('creates the five demo users of SPEC §10, subscribed to their own jurisdiction', async () => {
    const users: Array<{ username: string; email: string; role: string; jurisdiction: string; password_hash: string; subscriptions: string[] }> =
      await first.dataSource.query(`
        SELECT u.username, u.email, u.role, u.jurisdiction, u.password_hash,
               array(SELECT division_code FROM alert_subscription a WHERE a.user_id = u.id) AS subscriptions
          FROM app_user u ORDER BY u.username`);
    expect(users.map(({ username, email, role, jurisdiction, subscriptions }) => ({ username, email, role, jurisdiction, subscriptions }))).toEqual([
      { username: 'admin', email: 'admin@example.org', role: 'REGION_ADMIN', jurisdiction: '450000', subscriptions: ['450000'] },
      { username: 'bobai', email: 'bobai@example.org', role: 'COUNTY_STAFF', jurisdiction: '450923', subscriptions: ['450923'] },
      { username: 'duan', email: 'duan@example.org', role: 'COUNTY_STAFF', jurisdiction: '451228', subscriptions: ['451228'] },
      { username: 'longan', email: 'longan@example.org', role: 'COUNTY_STAFF', jurisdiction: '450123', subscriptions: ['450123'] },
      { username: 'nanning', email: 'nanning@example.org', role: 'CITY_STAFF', jurisdiction: '450100', subscriptions: ['450100'] },
    ]);
    for (const user of users) {
      expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(await argon2.verify(user.password_hash, PASSWORD)).toBe(true);
      expect(await argon2.verify(user.password_hash, 'wrong-password')).toBe(false);
    }
  });

  it('does nothing on a database that is not empty', async () => {
    const before = await tableCounts(first.dataSource);
    const digest = await fingerprint(first.dataSource);
    expect(await loadDemoData(first.dataSource, { password: PASSWORD, seed: SEED + 1, today: TODAY })).toBeNull();
    expect(await tableCounts(first.dataSource)).toEqual(before);
    expect(await fingerprint(first.dataSource)).toBe(digest);
  });

  it('is reproducible: the same seed gives identical data on a fresh database', async () => {
    const second = await freshDatabaseWithDemo();
    others.push(second);
    expect(second.summary).toEqual(first.summary);
    const codes = 'SELECT string_agg(code, \',\' ORDER BY code) AS v FROM household';
    const ids = 'SELECT string_agg(id_number, \',\' ORDER BY id_number) AS v FROM person';
    expect((await second.dataSource.query(codes))[0].v).toBe((await first.dataSource.query(codes))[0].v);
    expect((await second.dataSource.query(ids))[0].v).toBe((await first.dataSource.query(ids))[0].v);
    expect(await fingerprint(second.dataSource)).toBe(await fingerprint(first.dataSource));
  });

  it('gives different people for a different seed', () => {
    const a = generateDemoDataset(SEED, TODAY).persons.map((p) => p.id_number);
    const b = new Set(generateDemoDataset(SEED + 1, TODAY).persons.map((p) => p.id_number));
    expect(a.filter((id) => b.has(id)).length).toBeLessThan(a.length / 100);
  });
});
