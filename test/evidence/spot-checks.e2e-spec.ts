/**
 * Spot checks (抽查核实, SPEC §5): a seeded, reproducible sample of a unit's sites and households,
 * assigned to a spot checker, whose findings and corrections go through the registry's normal
 * validated, audited update; discrepancy rates per unit; and the worker's monthly draw.
 */
import { Queue } from 'bullmq';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { openQueue } from '../support/queues';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const CREATE = `mutation($code: ID!, $sites: Int!, $households: Int!, $seed: String!, $assignee: String) {
  createSpotCheck(divisionCode: $code, sites: $sites, households: $households, seed: $seed, assignee: $assignee) {
    id divisionCode seed assignee createdBy division { name }
    items { id position subjectType subjectId outcome site { code } }
  }
}`;
const RECORD = `mutation($itemId: ID!, $outcome: SpotCheckOutcome!, $notes: String, $corrections: SpotCheckCorrectionsInput) {
  recordSpotCheckResult(itemId: $itemId, outcome: $outcome, notes: $notes, corrections: $corrections) {
    id outcome notes corrections correctedVersion recordedBy recordedAt
  }
}`;
const RATES = `query($code: ID!, $period: String) {
  spotCheckDiscrepancyRates(divisionCode: $code, period: $period) { level unitCode unitName parentCode checked discrepancies rate }
}`;

interface Item {
  id: string;
  position: number;
  subjectType: string;
  subjectId: string;
}

describe('spot checks', () => {
  let api: ApiHarness;
  const sites: string[] = [];
  const households: string[] = [];

  beforeAll(async () => {
    api = await ApiHarness.start();
    for (const [name, role, jurisdiction] of [
      ['admin', 'REGION_ADMIN', '450000'],
      ['nanning', 'CITY_STAFF', '450100'],
      ['longan', 'COUNTY_STAFF', '450123'],
      ['city-checker', 'SPOT_CHECKER', '450100'],
      ['county-checker', 'SPOT_CHECKER', '450123'],
      ['bobai-checker', 'SPOT_CHECKER', '450923'],
    ]) {
      await api.createUser(name, role, jurisdiction);
    }
    for (let s = 0; s < 3; s += 1) {
      const site = await createSite(api, 'longan', siteInput('450123', `SC-${s}`));
      sites.push(site.id);
      for (let h = 0; h < 4; h += 1) households.push((await createHousehold(api, 'longan', householdInput(site.id, `SC-${s}-${h}`))).id);
    }
    await createSite(api, 'admin', siteInput('450923', 'SC-BOBAI'));
  });
  afterAll(() => api.stop());

  const create = async (user: string, vars: Record<string, unknown>) => api.as(user, CREATE, { code: '450123', sites: 1, households: 4, seed: 'audit-2026-11', ...vars });
  const created = async (user: string, vars: Record<string, unknown> = {}) => {
    const response = await create(user, vars);
    if (!response.data?.createSpotCheck) throw new Error(JSON.stringify(response.errors));
    return response.data.createSpotCheck as { id: string; assignee: string; items: Item[] };
  };
  /** The sample recomputed independently: the unit's records ordered by md5(seed || id). */
  const expectedSample = async (seed: string, table: 'site' | 'household', n: number) => {
    const join = table === 'site' ? `site s` : `household h JOIN site s ON s.id = h.site_id`;
    const alias = table === 'site' ? 's' : 'h';
    const { rows } = await api.db.query(`SELECT ${alias}.id FROM ${join} WHERE s.county_code = '450123' ORDER BY md5($1 || ${alias}.id::text) LIMIT $2`, [seed, n]);
    return rows.map((row) => row.id);
  };

  it('draws a reproducible sample: same seed and data, same sample; sites first, then households', async () => {
    const first = await created('nanning');
    const again = await created('admin');
    expect(again.items.map((item) => item.subjectId)).toEqual(first.items.map((item) => item.subjectId));
    expect(first.items.map((item) => [item.position, item.subjectType])).toEqual([
      [1, 'SITE'],
      [2, 'HOUSEHOLD'],
      [3, 'HOUSEHOLD'],
      [4, 'HOUSEHOLD'],
      [5, 'HOUSEHOLD'],
    ]);
    expect(first.items[0].subjectId).toEqual((await expectedSample('audit-2026-11', 'site', 1))[0]);
    expect(first.items.slice(1).map((item) => item.subjectId)).toEqual(await expectedSample('audit-2026-11', 'household', 4));
    const other = await created('nanning', { seed: 'another seed', households: 12 });
    expect(other.items.slice(1).map((item) => item.subjectId)).toEqual(await expectedSample('another seed', 'household', 12));
    expect(new Set(other.items.slice(1).map((item) => item.subjectId))).toEqual(new Set(households));
  });

  it('assigns the best-placed spot checker, or the one named if their jurisdiction covers the unit', async () => {
    expect((await created('nanning')).assignee).toBe('county-checker');
    expect((await created('nanning', { assignee: 'city-checker' })).assignee).toBe('city-checker');
    for (const wrong of ['bobai-checker', 'longan', 'nobody']) {
      const response = await create('nanning', { assignee: wrong });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'assignee' }] });
    }
  });

  it('is drawn from above, inside the caller’s jurisdiction, and never empty', async () => {
    const { rows: before } = await api.db.query(`SELECT count(*)::int AS n FROM spot_check`);
    expect((await create('longan', {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create('nanning', { code: '450923' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await create('nanning', { sites: 0, households: 0 })).errors?.[0]?.extensions?.fields).toEqual([
      { field: 'households', reason: 'the sample must contain at least one site or household' },
    ]);
    expect((await create('nanning', { seed: ' ' })).errors?.[0]?.extensions?.fields).toEqual([{ field: 'seed', reason: 'must not be blank' }]);
    const { rows: after } = await api.db.query(`SELECT count(*)::int AS n FROM spot_check`);
    expect(after).toEqual(before);
  });

  it('records findings by the assigned checker only, once, with corrections through the audited update', async () => {
    const check = await created('nanning', { seed: 'corrections' });
    const [siteItem, householdItem, otherItem] = check.items;
    expect((await api.as('city-checker', RECORD, { itemId: siteItem.id, outcome: 'CONFIRMED' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('bobai-checker', RECORD, { itemId: siteItem.id, outcome: 'CONFIRMED' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const confirmed = await api.as('county-checker', RECORD, { itemId: siteItem.id, outcome: 'CONFIRMED', notes: ' 现场核实一致 ' });
    expect(confirmed.data?.recordSpotCheckResult).toMatchObject({ outcome: 'CONFIRMED', notes: '现场核实一致', corrections: null, correctedVersion: null, recordedBy: 'county-checker' });
    const twice = await api.as('county-checker', RECORD, { itemId: siteItem.id, outcome: 'DISCREPANCY' });
    expect(twice.errors?.[0]?.extensions?.fields).toEqual([{ field: 'itemId', reason: 'was already recorded by county-checker' }]);

    const household = async () => (await api.db.query(`SELECT version, beneficiary_count, written_by FROM household WHERE id = $1`, [householdItem.subjectId])).rows[0];
    const unrecorded = async () => (await api.db.query(`SELECT outcome FROM spot_check_item WHERE id = $1`, [householdItem.id])).rows[0].outcome;
    const { version } = await household();

    // Refused corrections change neither the record nor the item.
    const invalid = await api.as('county-checker', RECORD, { itemId: householdItem.id, outcome: 'DISCREPANCY', corrections: { version, household: { beneficiaryCount: 0 } } });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'corrections.household.beneficiaryCount' }] });
    const inconsistent = await api.as('county-checker', RECORD, { itemId: householdItem.id, outcome: 'DISCREPANCY', corrections: { version, household: { laborCount: 9 } } });
    expect(inconsistent.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(/^corrections\.household\./);
    const stale = await api.as('county-checker', RECORD, { itemId: householdItem.id, outcome: 'DISCREPANCY', corrections: { version: version + 5, household: { beneficiaryCount: 3 } } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const wrongPart = await api.as('county-checker', RECORD, { itemId: householdItem.id, outcome: 'DISCREPANCY', corrections: { version, site: { address: 'x' } } });
    expect(wrongPart.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('corrections');
    const notDiscrepancy = await api.as('county-checker', RECORD, { itemId: householdItem.id, outcome: 'CONFIRMED', corrections: { version, household: { beneficiaryCount: 3 } } });
    expect(notDiscrepancy.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('corrections');
    expect(await household()).toMatchObject({ version, beneficiary_count: 4 });
    expect(await unrecorded()).toBeNull();

    const corrected = await api.as('county-checker', RECORD, {
      itemId: householdItem.id,
      outcome: 'DISCREPANCY',
      notes: '实际受益人口为3人',
      corrections: { version, household: { beneficiaryCount: 3 } },
    });
    expect(corrected.data?.recordSpotCheckResult).toMatchObject({ outcome: 'DISCREPANCY', corrections: { beneficiaryCount: 3 }, correctedVersion: version + 1 });
    expect(await household()).toEqual({ version: version + 1, beneficiary_count: 3, written_by: 'county-checker' });
    const history = await api.as('admin', `query($id: ID!) { household(id: $id) { history { actor changes } } }`, { id: householdItem.subjectId });
    expect(history.data?.household.history.at(-1)).toEqual({ actor: 'county-checker', changes: { beneficiaryCount: { from: 4, to: 3 } } });

    await api.as('county-checker', RECORD, { itemId: otherItem.id, outcome: 'CONFIRMED' });
  });

  it('reports discrepancy rates for a unit and every unit below it, computed from the recorded results', async () => {
    const rates = (await api.as('nanning', RATES, { code: '450100' })).data?.spotCheckDiscrepancyRates;
    expect(rates[0]).toEqual({ level: 'CITY', unitCode: '450100', unitName: '南宁市', parentCode: '450000', checked: 3, discrepancies: 1, rate: 1 / 3 });
    expect(rates[1]).toEqual({ level: 'COUNTY', unitCode: '450123', unitName: '隆安县', parentCode: '450100', checked: 3, discrepancies: 1, rate: 1 / 3 });
    const siteRows = rates.slice(2);
    expect(siteRows.every((row: { level: string; parentCode: string }) => row.level === 'SITE' && row.parentCode === '450123')).toBe(true);
    expect(siteRows.reduce((sum: number, row: { checked: number }) => sum + row.checked, 0)).toBe(3);
    expect(siteRows.reduce((sum: number, row: { discrepancies: number }) => sum + row.discrepancies, 0)).toBe(1);

    const region = (await api.as('admin', RATES, { code: '450000' })).data?.spotCheckDiscrepancyRates;
    expect(region[0]).toMatchObject({ level: 'REGION', unitCode: '450000', checked: 3, discrepancies: 1 });
    expect((await api.as('nanning', RATES, { code: '450100', period: '2001-01' })).data?.spotCheckDiscrepancyRates).toEqual([
      { level: 'CITY', unitCode: '450100', unitName: '南宁市', parentCode: '450000', checked: 0, discrepancies: 0, rate: null },
    ]);
    expect((await api.as('nanning', RATES, { code: '450900' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.as('nanning', RATES, { code: '450100', period: '2026-13' })).errors?.[0]?.extensions?.fields?.[0]?.field).toBe('period');
  });

  describe('the worker’s monthly draw', () => {
    let worker: WorkerHarness;
    let queue: Queue;

    beforeAll(async () => {
      worker = await WorkerHarness.start();
      queue = openQueue('spot-checks', api.queuePrefix);
    });
    afterAll(async () => {
      await queue.close();
      await worker.stop();
    });

    it('is scheduled once, for 00:00 Shanghai time on the 2nd of each month', async () => {
      await (await WorkerHarness.start()).stop();
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'spot-checks-monthly-draw', name: 'draw-monthly-spot-checks', pattern: '0 0 2 * *', tz: 'Asia/Shanghai' })]);
      const next = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(Number(schedulers[0].next)));
      expect(next).toBe('02, 00:00');
    });

    it('draws one check per city with relocation work, and nothing more when run again', async () => {
      const monthly = async () => (await api.db.query(`SELECT division_code, seed, assignee FROM spot_check WHERE period = '2026-10' ORDER BY division_code`)).rows;
      for (let run = 0; run < 2; run += 1) {
        const job = await queue.add('draw-monthly-spot-checks', { period: '2026-10' });
        await eventually(async () => job.isCompleted(), 'the monthly draw');
      }
      const { rows: cities } = await api.db.query(`SELECT code FROM division WHERE level = 'CITY' AND has_relocation_task ORDER BY code`);
      const checks = await monthly();
      expect(checks.map((check) => check.division_code)).toEqual(cities.map((city) => city.code));
      expect(checks.find((check) => check.division_code === '450100')).toEqual({ division_code: '450100', seed: '2026-10/450100', assignee: 'city-checker' });
      const { rows: items } = await api.db.query(
        `SELECT i.subject_type, count(*)::int AS n FROM spot_check_item i JOIN spot_check c ON c.id = i.spot_check_id
         WHERE c.period = '2026-10' AND c.division_code = '450100' GROUP BY i.subject_type ORDER BY 1`,
      );
      expect(items).toEqual([
        { subject_type: 'SITE', n: 2 },
        { subject_type: 'HOUSEHOLD', n: 12 },
      ]);
    });
  });
});
