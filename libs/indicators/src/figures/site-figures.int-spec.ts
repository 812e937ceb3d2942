/**
 * The per-site figures behind the live indicators, kept incrementally: after any write, a day
 * change or a rule change, one refresh must leave exactly what computing every site from
 * scratch gives, while touching only what changed.
 */
import { Client } from 'pg';
import { todayInShanghai } from '@app/common';
import { addDays, generateScaleDataset } from '@app/demo';
import { clientDatabase, SESSION_OPTIONS } from '@app/db';
import { readClaimRules } from '@app/evidence';
import { createTestDatabase } from '../../../../test/support/test-database';
import { LIVE_SOURCES } from './figure-sources';
import { REFRESH_LOCK, SiteFiguresRefresher } from './site-figures-refresher';
import { FIGURE_COLUMNS, siteFiguresSql } from './site-figures-sql';

const TODAY = todayInShanghai();

type Figures = Map<string, Record<string, number | string>>;
const STORED = ['city_code', 'county_code', ...FIGURE_COLUMNS];

describe('site figures, kept incrementally', () => {
  let client: Client;
  let url: string;
  let drop: () => Promise<void>;
  let refresher: SiteFiguresRefresher;

  /** The sites' stored figures, once the counties' stored sums are checked to add them up (the platforms read those). */
  const stored = async (): Promise<Figures> => {
    const { rows: counties } = await client.query(`SELECT county_code, city_code, ${FIGURE_COLUMNS.join(', ')} FROM county_figures ORDER BY county_code`);
    const { rows: sums } = await client.query(
      `SELECT county_code, min(city_code) AS city_code, ${FIGURE_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM site_figures GROUP BY county_code ORDER BY county_code`,
    );
    expect(counties.length).toBeGreaterThan(0);
    expect(counties).toEqual(sums);
    const { rows } = await client.query(`SELECT * FROM site_figures`);
    return new Map(rows.map(({ site_id, ...figures }) => [site_id as string, figures]));
  };

  /** The oracle: every site computed now, from the records, by the statement the rebuild runs. */
  const fromScratch = async (day: string): Promise<Figures> => {
    const claimRules = await readClaimRules(clientDatabase(client));
    const { rows } = await client.query(siteFiguresSql({ sources: LIVE_SOURCES, day: '$1', siteIds: null, claimRules }), [day]);
    return new Map(rows.map((row) => [row.site_id as string, Object.fromEntries(STORED.map((c) => [c, row[c]]))]));
  };

  const staleSites = async () => Number((await client.query(`SELECT count(DISTINCT site_id) AS n FROM site_figures_stale`)).rows[0].n);
  const someHousehold = async (offset: number) =>
    (await client.query<{ id: string; site_id: string }>(`SELECT id, site_id FROM household ORDER BY code OFFSET $1 LIMIT 1`, [offset])).rows[0];

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    url = database.url;
    await generateScaleDataset(database.url, { scale: 'demo', seed: 5, today: TODAY });
    client = new Client({ connectionString: database.url, options: SESSION_OPTIONS });
    await client.connect();
    refresher = new SiteFiguresRefresher(clientDatabase(client));
  });

  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('are complete after a bulk load, and a refresh with nothing changed does nothing', async () => {
    expect((await stored()).size).toBe(Number((await client.query(`SELECT count(*) FROM site`)).rows[0].count));
    expect(await stored()).toEqual(await fromScratch(TODAY));
    expect(await refresher.refresh()).toEqual({ kind: 'current' });
  });

  it('recompute exactly the sites that writes to households, persons, evidence, violations and facilities touched', async () => {
    const before = await stored();
    const moved = await someHousehold(0);
    const grown = await someHousehold(400);
    const evidenced = await someHousehold(800);
    const flagged = await someHousehold(1200);
    const target = (await client.query<{ id: string }>(`SELECT id FROM site WHERE id <> ALL($1::uuid[]) ORDER BY code LIMIT 1`, [[moved.site_id, grown.site_id, evidenced.site_id, flagged.site_id]])).rows[0].id;
    const touched = new Set([moved.site_id, target, grown.site_id, evidenced.site_id, flagged.site_id]);

    await client.query(`UPDATE household SET site_id = $2, moved_in = NOT moved_in WHERE id = $1`, [moved.id, target]);
    // A site moved to another county of its city carries its new county in its figures.
    await client.query(`UPDATE site SET county_code = (SELECT code FROM division WHERE parent_code = site.city_code AND code <> site.county_code ORDER BY code LIMIT 1) WHERE id = $1`, [target]);
    await client.query(
      `INSERT INTO person (id, version, household_id, name, id_number, relation, gender, birth_date, ethnicity, is_labour, employment, medical_insured)
       SELECT gen_random_uuid(), 1, household_id, '新成员', '450000199001011239', 'CHILD', gender, '1990-01-01', ethnicity, true, 'LOCAL_JOB', true
       FROM person WHERE household_id = $1 LIMIT 1`,
      [grown.id],
    );
    await client.query(
      `UPDATE evidence SET rejected_at = now(), rejected_by = 'city-reviewer', rejection_reason = '照片不清晰'
       WHERE id = (SELECT id FROM evidence WHERE subject_type = 'HOUSEHOLD' AND subject_id = $1 AND rejected_at IS NULL LIMIT 1)`,
      [evidenced.id],
    );
    await client.query(`UPDATE site_facility SET status = 'PLANNED' WHERE site_id = $1`, [target]);
    await client.query(
      `INSERT INTO redline_violation (household_id, rule, value, threshold, detected_by) VALUES ($1, 'SELF_FUNDING_PER_HOUSEHOLD', 12000, 10000, 'test')
       ON CONFLICT DO NOTHING`,
      [flagged.id],
    );
    expect(await staleSites()).toBe(touched.size);

    expect(await refresher.refresh()).toEqual({ kind: 'refreshed', sites: touched.size });
    const after = await stored();
    expect(after).toEqual(await fromScratch(TODAY));
    for (const [site, figures] of before) if (!touched.has(site)) expect(after.get(site)).toEqual(figures);
    // The test would prove nothing if the writes had not moved any figure.
    expect([...touched].filter((site) => JSON.stringify(after.get(site)) !== JSON.stringify(before.get(site))).length).toBeGreaterThan(0);
  });

  it('miss nothing written while a refresh runs: a write not yet committed is picked up by the next one', async () => {
    const household = await someHousehold(100);
    const writer = new Client({ connectionString: url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE household SET beneficiary_count = beneficiary_count + 3 WHERE id = $1`, [household.id]);
      expect(await refresher.refresh()).toEqual({ kind: 'current' });
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    expect(await refresher.refresh()).toEqual({ kind: 'refreshed', sites: 1 });
    expect(await stored()).toEqual(await fromScratch(TODAY));
  });

  it('follow the day: persons who turn 6 or 16, join or leave are recounted when the day changes', async () => {
    const yesterday = addDays(TODAY, -1);
    const child = await someHousehold(200);
    const youth = await someHousehold(600);
    // Born six and sixteen years before today: of school and of pension age from today on.
    await client.query(`UPDATE person SET birth_date = ($2::date - interval '6 years')::date, schooling = 'IN_SCHOOL'
      WHERE id = (SELECT id FROM person WHERE household_id = $1 LIMIT 1)`, [child.id, TODAY]);
    await client.query(`UPDATE person SET birth_date = ($2::date - interval '16 years')::date, schooling = 'GRADUATED'
      WHERE id = (SELECT id FROM person WHERE household_id = $1 LIMIT 1)`, [youth.id, TODAY]);
    expect((await refresher.rebuildAll(yesterday)).kind).toBe('rebuilt');
    const asOfYesterday = await stored();

    expect(await refresher.refresh(TODAY)).toEqual({ kind: 'refreshed', sites: expect.any(Number) });
    const today = await stored();
    expect(today).toEqual(await fromScratch(TODAY));
    const figure = (figures: Figures, site: string, column: string) => Number(figures.get(site)?.[column] ?? NaN);
    expect(figure(today, child.site_id, 'compulsory_education_rate_d')).toBeGreaterThan(figure(asOfYesterday, child.site_id, 'compulsory_education_rate_d'));
    expect(figure(today, youth.site_id, 'pension_insurance_rate_d')).toBeGreaterThan(figure(asOfYesterday, youth.site_id, 'pension_insurance_rate_d'));
    expect(await refresher.refresh(TODAY)).toEqual({ kind: 'current' });
  });

  it('rebuild everything when a claim rule changes, or a table they read is truncated', async () => {
    await client.query(`UPDATE claim_rule SET made_when = 'actually_resident AND moved_in' WHERE claim = 'ACTUALLY_RESIDENT'`);
    expect((await refresher.refresh()).kind).toBe('rebuilt');
    expect(await stored()).toEqual(await fromScratch(TODAY));

    await client.query(`TRUNCATE site_facility`);
    expect((await client.query(`SELECT fingerprint FROM site_figures_state`)).rows[0].fingerprint).toBeNull();
    expect((await refresher.refresh()).kind).toBe('rebuilt');
    expect(await stored()).toEqual(await fromScratch(TODAY));
  });

  describe('before a read', () => {
    const lastRefreshed = async (): Promise<Date> => (await client.query(`SELECT refreshed_at FROM site_figures_state`)).rows[0].refreshed_at;

    beforeEach(async () => {
      await refresher.refresh();
    });

    it('recompute the few sites writes marked, as the worker would', async () => {
      const household = await someHousehold(700);
      await client.query(`UPDATE household SET beneficiary_count = beneficiary_count + 1 WHERE id = $1`, [household.id]);
      expect(await refresher.refreshForReading()).toEqual({ kind: 'refreshed', sites: 1 });
      expect(await stored()).toEqual(await fromScratch(TODAY));
      expect(await refresher.refreshForReading()).toEqual({ kind: 'current' });
    });

    it('do not wait while another process refreshes: the figures are read as they last stood, and say when that was', async () => {
      const household = await someHousehold(300);
      const before = await stored();
      const asOf = await lastRefreshed();
      const rebuilding = new Client({ connectionString: url });
      await rebuilding.connect();
      try {
        await rebuilding.query('BEGIN');
        await rebuilding.query(`SELECT pg_advisory_xact_lock($1)`, [REFRESH_LOCK]);
        await client.query(`UPDATE household SET beneficiary_count = beneficiary_count + 2 WHERE id = $1`, [household.id]);
        // Waiting here for the lock would never end: its holder waits for this test.
        expect(await refresher.refreshForReading()).toEqual({ kind: 'behind', asOf });
        expect(await stored()).toEqual(before);
      } finally {
        await rebuilding.query('ROLLBACK');
        await rebuilding.end();
      }
      expect(await refresher.refreshForReading()).toEqual({ kind: 'refreshed', sites: 1 });
      expect(await stored()).toEqual(await fromScratch(TODAY));
      expect((await lastRefreshed()).getTime()).toBeGreaterThan(asOf.getTime());
    });

    it('leave a full rebuild to the worker: after a change of the statement, or when too many sites are marked', async () => {
      const before = await stored();
      const asOf = await lastRefreshed();
      await client.query(`UPDATE site_figures_state SET fingerprint = 'the statement of an earlier release'`);
      await client.query(`UPDATE household SET moved_in = NOT moved_in WHERE id = $1`, [(await someHousehold(500)).id]);
      expect(await refresher.refreshForReading()).toEqual({ kind: 'behind', asOf });
      expect(await stored()).toEqual(before);
      expect((await refresher.refresh()).kind).toBe('rebuilt');
      expect(await stored()).toEqual(await fromScratch(TODAY));

      // The demo's dozen sites are under the production threshold (100 sites at least): lower it.
      const atDemoScale = new SiteFiguresRefresher(clientDatabase(client), { share: 0.25, minSites: 0 });
      const rebuilt = await stored();
      await client.query(`INSERT INTO site_figures_stale (site_id) SELECT id FROM site`);
      await client.query(`UPDATE household SET moved_in = NOT moved_in WHERE id = $1`, [(await someHousehold(900)).id]);
      expect(await atDemoScale.refreshForReading()).toEqual({ kind: 'behind', asOf: await lastRefreshed() });
      expect(await stored()).toEqual(rebuilt);
      expect(await staleSites()).toBe(Number((await client.query(`SELECT count(*) FROM site`)).rows[0].count));
      expect((await atDemoScale.refresh()).kind).toBe('rebuilt');
      expect(await stored()).toEqual(await fromScratch(TODAY));
    });

    it('build the figures when there are none yet: nothing older could be shown', async () => {
      await client.query(`UPDATE site_figures_state SET fingerprint = NULL`);
      expect((await refresher.refreshForReading()).kind).toBe('rebuilt');
      expect(await stored()).toEqual(await fromScratch(TODAY));
    });
  });
});
