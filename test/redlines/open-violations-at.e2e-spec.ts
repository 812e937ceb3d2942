/**
 * A county's open red-line households as they stood at an instant (what its monthly bulletin
 * lists) read from the county's own households must be exactly the region's open violations
 * kept to that county — also after households move between counties, a site is moved to another
 * county and a violation is resolved. The reference reads the versions row by row in TypeScript,
 * apart from the as-of SQL.
 */
import { Client } from 'pg';
import { todayInShanghai } from '@app/common';
import { clientDatabase } from '@app/db';
import { generateScaleDataset } from '@app/demo';
import { openViolationsAt } from '@app/redlines';
import { createTestDatabase } from '../support/test-database';

interface Version {
  id: string;
  from: Date;
  to: Date | null;
  row: Record<string, string>;
}

interface Violation {
  id: string;
  householdId: string;
  rule: string;
  detectedAt: Date;
  resolvedAt: Date | null;
}

async function versions(client: Client, table: 'site' | 'household', columns: string): Promise<Version[]> {
  const { rows } = await client.query(
    `SELECT id::text, lower(sys_period) AS "from", upper(sys_period) AS "to", ${columns} FROM ${table}
     UNION ALL SELECT id::text, lower(sys_period), upper(sys_period), ${columns} FROM ${table}_history`,
  );
  return rows.map(({ id, from, to, ...row }) => ({ id, from, to, row }));
}

function standingAt(all: Version[], id: string, instant: Date): Record<string, string> | undefined {
  return all.find((v) => v.id === id && v.from <= instant && (v.to === null || v.to > instant))?.row;
}

/** Every open violation of the region at `instant`, by county, as "site code / household code / rule". */
async function referenceByCounty(client: Client, instant: Date): Promise<Map<string, string[]>> {
  const [sites, households, { rows: violations }] = await Promise.all([
    versions(client, 'site', 'code, county_code'),
    versions(client, 'household', 'code, site_id::text'),
    client.query<Violation>(`SELECT id, household_id AS "householdId", rule, detected_at AS "detectedAt", resolved_at AS "resolvedAt" FROM redline_violation`),
  ]);
  const byCounty = new Map<string, string[]>();
  for (const v of violations) {
    if (v.detectedAt > instant || (v.resolvedAt !== null && v.resolvedAt <= instant)) continue;
    const household = standingAt(households, v.householdId, instant);
    const site = household && standingAt(sites, household.site_id, instant);
    if (!household || !site) continue;
    byCounty.set(site.county_code, [...(byCounty.get(site.county_code) ?? []), `${site.code} / ${household.code} / ${v.rule}`]);
  }
  for (const lines of byCounty.values()) lines.sort();
  return byCounty;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('openViolationsAt: a county read from its own households', () => {
  let client: Client;
  let drop: () => Promise<void>;
  let counties: string[];
  const instants: Date[] = [];

  /** An instant with writes at least 5 ms either side, so a JavaScript Date (ms) cannot misplace one. */
  async function now(): Promise<Date> {
    await pause(5);
    const { rows } = await client.query<{ now: Date }>(`SELECT clock_timestamp() AS now`);
    await pause(5);
    return rows[0].now;
  }

  async function inTransaction(work: () => Promise<unknown>): Promise<void> {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.actor', 'test', true)`);
    await work();
    await client.query('COMMIT');
  }

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    await generateScaleDataset(database.url, { scale: 'demo', seed: 5, today: todayInShanghai() });
    client = new Client({ connectionString: database.url });
    await client.connect();
    counties = (await client.query<{ code: string }>(`SELECT DISTINCT county_code AS code FROM site ORDER BY 1`)).rows.map((r) => r.code);
    instants.push(await now());

    // Households with open violations move to another county's site; one site moves county
    // (with its households); one violation is resolved.
    const { rows: open } = await client.query<{ household_id: string; county_code: string; id: string }>(
      `SELECT v.id, v.household_id, s.county_code FROM redline_violation v JOIN household h ON h.id = v.household_id JOIN site s ON s.id = h.site_id
       WHERE v.status = 'OPEN' ORDER BY v.id LIMIT 4`,
    );
    expect(open.length).toBeGreaterThanOrEqual(3);
    await inTransaction(async () => {
      for (const moved of open.slice(0, 2)) {
        await client.query(
          `UPDATE household SET site_id = (SELECT id FROM site WHERE county_code <> $2 ORDER BY code LIMIT 1) WHERE id = $1`,
          [moved.household_id, moved.county_code],
        );
      }
    });
    instants.push(await now());
    await inTransaction(() =>
      client.query(
        `UPDATE site SET county_code = $2::text, city_code = left($2::text, 4) || '00' WHERE id = (SELECT site_id FROM household WHERE id = $1)`,
        [open[2].household_id, counties.find((code) => code !== open[2].county_code)],
      ),
    );
    instants.push(await now());
    await client.query(`UPDATE redline_violation SET status = 'RESOLVED', resolved_at = clock_timestamp(), resolved_by = 'test' WHERE id = $1`, [open[3]?.id ?? open[0].id]);
    instants.push(await now());
  });

  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('lists for every county exactly the region’s open violations that lay in it, at every instant', async () => {
    const session = clientDatabase(client);
    let listed = 0;
    for (const instant of instants) {
      const reference = await referenceByCounty(client, instant);
      for (const county of [...counties, '450102']) {
        const rows = await openViolationsAt(session, county, instant);
        const lines = rows.map((r) => `${r.siteCode} / ${r.householdCode} / ${r.rule}`).sort();
        expect({ county, instant, lines }).toEqual({ county, instant, lines: reference.get(county) ?? [] });
        listed += lines.length;
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('follows the moves: a moved household leaves its old county’s list and joins the new one’s', async () => {
    const [before, , , after] = await Promise.all(instants.map((instant) => referenceByCounty(client, instant)));
    expect([...after.entries()]).not.toEqual([...before.entries()]);
  });
});
