import { Client } from 'pg';
import { todayInShanghai } from '@app/common';
import { parseResidentId, residentIdMismatches } from '@app/registry';
import { createTestDatabase } from '../../../../test/support/test-database';
import { addDays } from '../dates';
import { ScaleSummary, generateScaleDataset } from './generate-scale';

const TODAY = todayInShanghai();
const SEED = 11;

interface Generated {
  client: Client;
  drop: () => Promise<void>;
  summary: ScaleSummary;
  schemaBefore: string[];
}

/** Every index, constraint and trigger of the schema, as text: what a load must leave as it found it. */
async function schemaObjects(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ line: string }>(`
    SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
    ORDER BY 1`);
  return rows.map((r) => r.line);
}

async function generate(): Promise<Generated> {
  const database = await createTestDatabase();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const schemaBefore = await schemaObjects(client);
  const summary = await generateScaleDataset(database.url, { scale: 'demo', seed: SEED, today: TODAY });
  return { client, drop: database.drop, summary, schemaBefore };
}

async function count(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query(sql, params);
  return Number(Object.values(rows[0])[0]);
}

async function fingerprint(client: Client): Promise<string> {
  const parts: string[] = [];
  for (const table of ['site', 'site_facility', 'household', 'person', 'evidence', 'site_history', 'household_history', 'person_history', 'evidence_history']) {
    const { rows } = await client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`);
    parts.push(rows[0].digest);
  }
  return parts.join(':');
}

describe('generateScaleDataset (demo scale)', () => {
  let first: Generated;

  beforeAll(async () => {
    first = await generate();
  });

  afterAll(async () => {
    if (!first) return;
    await first.client.end();
    await first.drop();
  });

  it('loads the demo shape and reports what it wrote', async () => {
    const { rows, redline_crossings } = first.summary;
    expect(rows.site).toBe(12);
    expect(rows.household).toBeGreaterThan(1300);
    expect(rows.person / rows.household).toBeGreaterThan(4);
    expect(rows.person / rows.household).toBeLessThan(4.7);
    for (const table of Object.keys(rows)) expect(await count(first.client, `SELECT count(*) FROM ${table}`)).toBe(rows[table]);
    expect(redline_crossings).toBeGreaterThan(0);
  });

  it('leaves every index, key, foreign key and trigger as it found them', async () => {
    expect(await schemaObjects(first.client)).toEqual(first.schemaBefore);
    // The history trigger fires again for ordinary writes.
    const [household] = (await first.client.query(`SELECT id, version FROM household LIMIT 1`)).rows;
    await first.client.query('BEGIN');
    try {
      await first.client.query(`UPDATE household SET room_number = 'moved' WHERE id = $1`, [household.id]);
      expect(await count(first.client, `SELECT count(*) FROM household_history WHERE id = $1 AND version = $2`, [household.id, household.version])).toBe(1);
    } finally {
      await first.client.query('ROLLBACK');
    }
  });

  it('gives every person a valid, unique ID number matching birth date and gender', async () => {
    const { rows } = await first.client.query<{ id_number: string; birth_date: string; gender: 'MALE' | 'FEMALE' }>(`SELECT id_number, birth_date::text AS birth_date, gender FROM person`);
    const problems = rows.flatMap((p) => {
      const parsed = parseResidentId(p.id_number);
      if (!parsed.ok) return [`${p.id_number}: ${parsed.message}`];
      return residentIdMismatches(parsed.value, { birthDate: p.birth_date, gender: p.gender }).map((m) => `${p.id_number}: ${m.message}`);
    });
    expect(problems).toEqual([]);
    expect(new Set(rows.map((r) => r.id_number)).size).toBe(rows.length);
    expect(await count(first.client, `SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' AND p.id_number = h.head_id_number)`)).toBe(0);
  });

  it('carries a year of history, each current row the last of its versions', async () => {
    const c = first.client;
    for (const table of ['site', 'household', 'person', 'evidence']) {
      const versioned = table === 'evidence' ? '' : `t.version <> 1 + (SELECT count(*) FROM ${table}_history x WHERE x.id = t.id) OR t.updated_at <> lower(t.sys_period) OR `;
      expect(await count(c, `SELECT count(*) FROM ${table} t WHERE ${versioned} upper(t.sys_period) IS NOT NULL OR lower(t.sys_period) > now()`)).toBe(0);
      // Versions of one record follow each other without gap or overlap.
      expect(
        await count(
          c,
          `SELECT count(*) FROM (SELECT id, sys_period, lead(lower(sys_period)) OVER (PARTITION BY id ORDER BY lower(sys_period)) AS next
             FROM (SELECT id, sys_period FROM ${table} UNION ALL SELECT id, sys_period FROM ${table}_history) v) s
            WHERE next IS NOT NULL AND upper(sys_period) <> next`,
        ),
      ).toBe(0);
    }
    expect(await count(c, `SELECT count(*) FROM household_as_of($1::date)`, [addDays(TODAY, -366)])).toBe(0);
    expect(await count(c, `SELECT count(*) FROM household_as_of($1::date)`, [addDays(TODAY, -300)])).toBe(first.summary.rows.household);
    const withHistory = await count(c, `SELECT count(DISTINCT id) FROM household_history`);
    expect(withHistory / first.summary.rows.household).toBeGreaterThan(0.2);
    expect(withHistory / first.summary.rows.household).toBeLessThan(0.7);
  });

  it('backs 60–90 % of each claim with evidence, uploaded after the claim was made and before today', async () => {
    const { rows } = await first.client.query<{ claim: string; share: number }>(
      `SELECT claim, avg(recognised::int)::float AS share FROM claim_status WHERE subject_type = 'HOUSEHOLD' GROUP BY claim`,
    );
    expect(rows.length).toBe(6);
    for (const row of rows) {
      expect(row.share).toBeGreaterThan(0.5);
      expect(row.share).toBeLessThan(0.95);
    }
    expect(await count(first.client, `SELECT count(*) FROM evidence WHERE uploaded_at::date >= $1::date`, [TODAY])).toBe(0);
    expect(
      await count(
        first.client,
        `SELECT count(*) FROM evidence e JOIN household h ON h.id = e.subject_id
          WHERE e.kind = 'MOVE_IN_PHOTO' AND (e.uploaded_at AT TIME ZONE 'Asia/Shanghai')::date < h.moved_in_on`,
      ),
    ).toBe(0);
    expect(await count(first.client, `SELECT count(*) FROM evidence WHERE rejected_at IS NOT NULL`)).toBeGreaterThan(0);
  });

  it('records the red-line violations the scan would find, no more and no fewer', async () => {
    const c = first.client;
    const crossing = `(round(h.housing_area / h.beneficiary_count, 2) > 25 AND h.household_type = 'REGISTERED_POOR') OR round(h.self_funding / h.beneficiary_count, 2) > 2500 OR h.self_funding > 10000`;
    expect(await count(c, `SELECT count(*) FROM household h WHERE ${crossing}`)).toBeGreaterThan(0);
    expect(await count(c, `SELECT count(*) FROM household h WHERE (${crossing}) AND NOT EXISTS (SELECT 1 FROM redline_violation v WHERE v.household_id = h.id AND v.status = 'OPEN')`)).toBe(0);
    expect(await count(c, `SELECT count(*) FROM redline_violation v JOIN household h ON h.id = v.household_id WHERE v.status = 'OPEN' AND NOT (${crossing})`)).toBe(0);
  });

  it('is reproducible: the same seed gives the same rows', async () => {
    const second = await generate();
    try {
      expect(second.summary.rows).toEqual(first.summary.rows);
      expect(await fingerprint(second.client)).toBe(await fingerprint(first.client));
    } finally {
      await second.client.end();
      await second.drop();
    }
  });
});
