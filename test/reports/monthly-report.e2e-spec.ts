/**
 * Monthly reports through the worker: as-of correctness after later edits, competition ranks
 * with ties, missing values and both directions, change against the previous month, and a second
 * run that changes nothing. The workbook and the PDF bulletin: test/reports/bulletin.e2e-spec.ts.
 */
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { uploadApprovalForms } from '../support/evidence-files';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const LAST = lastEndedPeriod();
const BEFORE = reportPeriod(LAST).previous;
const day = (period: string, d: number) => `${period}-${String(d).padStart(2, '0')}T12:00:00+08:00`;

describe('monthly reports', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  const site: Record<string, string> = {};
  const household: Record<string, string> = {};

  async function report(period: string): Promise<{ id: string; status: string; note: string | null }> {
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id period status } }`, { p: period });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const id = started.data.generateMonthlyReport.id;
    for (let i = 0; i < 300; i += 1) {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { id status note } }`, { id })).data?.reportRun;
      if (run.status === 'COMPLETED' || run.status === 'FAILED') return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`report ${period} did not finish`);
  }

  const ROW = 'unitCode unitName level parentCode indicator numerator denominator value rankInParent rankInRegion changeFromPreviousMonth';
  const rows = async (user: string, period: string, code: string, level: string, indicator: string) =>
    (await api.as(user, `query($p: String!, $c: ID!, $l: UnitLevel, $i: RankingKey) { monthlyReport(period: $p, divisionCode: $c) { rows(level: $l, indicator: $i) { ${ROW} } } }`, {
      p: period, c: code, l: level, i: indicator,
    })).data?.monthlyReport?.rows;

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    site.L1 = (await createSite(api, 'admin', siteInput('450123', 'R-L1', { facilities: [{ kindCode: 'CLINIC', status: 'BUILT' }] }))).id;
    site.L2 = (await createSite(api, 'admin', siteInput('450123', 'R-L2'))).id;
    site.B1 = (await createSite(api, 'admin', siteInput('450923', 'R-B1'))).id;
    site.D1 = (await createSite(api, 'admin', siteInput('451228', 'R-D1'))).id; // never any household: no values
    const h = (siteId: string, code: string, beneficiaryCount: number, movedIn: boolean, housingArea: number) =>
      createHousehold(api, 'admin', householdInput(siteId, code, { beneficiaryCount, laborCount: 0, movedIn, housingArea, selfFunding: 0 })).then((x) => x.id);
    household.H1 = await h(site.L1, 'R-H1', 2, true, 40);
    household.H2 = await h(site.L1, 'R-H2', 2, false, 40); // arrives during the last month
    household.H3 = await h(site.L2, 'R-H3', 1, true, 30); // 30 ㎡ for one person: a red line
    household.H4 = await h(site.L2, 'R-H4', 1, false, 20); // moves in only this month (after both reports' months)
    household.H5 = await h(site.B1, 'R-H5', 3, true, 60);
    await backdate(api, 'site', Object.values(site), day(BEFORE, 1));
    await backdate(api, 'household', [household.H1, household.H3, household.H4, household.H5], day(BEFORE, 10));
    await backdate(api, 'household', [household.H2], day(LAST, 5));
    await backdate(api, 'evidence', await uploadApprovalForms(api, 'admin', [household.H1, household.H3, household.H4, household.H5]), day(BEFORE, 10));
    await backdate(api, 'evidence', await uploadApprovalForms(api, 'admin', [household.H2]), day(LAST, 5));
    // An edit made now, after the month being reported: the report must not see it.
    await api.as('admin', `mutation($id: ID!) { updateHousehold(id: $id, version: 1, input: { movedIn: true }) { version } }`, { id: household.H4 });
    // And the clinic put in use now: the months already over had it only built.
    const inUse = await api.as('admin', `mutation($id: ID!) { updateSite(id: $id, version: 1, input: { facilities: [{ kindCode: "CLINIC", status: IN_USE }] }) { version } }`, { id: site.L1 });
    expect(inUse.errors).toBeUndefined();
  }, 120_000);
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('builds the month before last, then last month, through the worker', async () => {
    expect(await report(BEFORE)).toMatchObject({ status: 'COMPLETED', note: null });
    expect(await report(LAST)).toMatchObject({ status: 'COMPLETED', note: null });
    // Each month first published into a partition of its own, holding that month only.
    const { rows: homes } = await api.db.query(`SELECT tableoid::regclass::text AS partition, period, count(*)::int AS n FROM report_row GROUP BY 1, 2 ORDER BY 2`);
    expect(homes).toEqual([BEFORE, LAST].map((period) => ({ partition: `report_row_${period.replace('-', '_')}`, period, n: expect.any(Number) })));
    expect(homes.every((home: { n: number }) => home.n > 0)).toBe(true);
  });

  it('shows each month’s end, whatever was edited later, with ranks that share ties and put missing values last', async () => {
    const sites = await rows('admin', LAST, '450000', 'SITE', 'MOVE_IN_RATE');
    const byName = Object.fromEntries(sites.map((r: { unitName: string }) => [r.unitName, r]));
    expect(byName['R-L1 安置点']).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, rankInParent: 1, rankInRegion: 2, changeFromPreviousMonth: -0.5, parentCode: '450123' });
    expect(byName['R-L2 安置点']).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, rankInParent: 1, rankInRegion: 2, changeFromPreviousMonth: 0 });
    expect(byName['R-B1 安置点']).toMatchObject({ numerator: 3, denominator: 3, value: 1, rankInParent: 1, rankInRegion: 1, changeFromPreviousMonth: 0 });
    expect(byName['R-D1 安置点']).toMatchObject({ numerator: 0, denominator: 0, value: null, rankInParent: 1, rankInRegion: 4, changeFromPreviousMonth: null });

    const counties = await rows('admin', LAST, '450000', 'COUNTY', 'MOVE_IN_RATE');
    expect(counties.map((r: { unitCode: string; rankInRegion: number; value: number | null }) => [r.unitCode, r.value, r.rankInRegion])).toEqual([
      ['450923', 1, 1],
      ['450123', 0.5, 2],
      ['451228', null, 3],
    ]);
    const region = await rows('admin', LAST, '450000', 'REGION', 'MOVE_IN_RATE');
    expect(region).toEqual([expect.objectContaining({ unitCode: '450000', numerator: 6, denominator: 9, rankInParent: null, rankInRegion: null })]);
  });

  it('reads facilities as of the month’s end: a clinic put in use after it does not count', async () => {
    const reported = (await rows('admin', LAST, '450000', 'SITE', 'CLINIC_COVERAGE')).find((r: { unitName: string }) => r.unitName === 'R-L1 安置点');
    expect(reported).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    const live = await api.as('admin', `query($id: ID!) { site(id: $id) { indicators(keys: [CLINIC_COVERAGE]) { numerator denominator } } }`, { id: site.L1 });
    expect(live.data?.site.indicators).toEqual([{ numerator: 1, denominator: 1 }]);
    const history = await api.db.query(`SELECT status::text, written_by FROM site_facility_history WHERE site_id = $1`, [site.L1]);
    expect(history.rows).toEqual([{ status: 'BUILT', written_by: expect.any(String) }]);
  });

  it('ranks lower-is-better indicators the other way round', async () => {
    const sites = await api.as('admin', `query($p: String!) { rankings(period: $p, level: SITE, indicator: REDLINE_VIOLATIONS) { unitName value rankInRegion } }`, { p: LAST });
    expect(sites.data?.rankings).toEqual([
      { unitName: 'R-B1 安置点', value: 0, rankInRegion: 1 },
      { unitName: 'R-D1 安置点', value: 0, rankInRegion: 1 },
      { unitName: 'R-L1 安置点', value: 0, rankInRegion: 1 },
      { unitName: 'R-L2 安置点', value: 1, rankInRegion: 4 },
    ].sort((a, b) => a.rankInRegion - b.rankInRegion || a.unitName.localeCompare(b.unitName)).map((r) => expect.objectContaining(r)));
  });

  it('never builds a month twice: a second run leaves the snapshot exactly as it was', async () => {
    const before = (await api.db.query(`SELECT md5(string_agg(row(r.*)::text, '|' ORDER BY unit_code, indicator)) AS h, count(*) AS n FROM report_row r WHERE period = $1`, [LAST])).rows[0];
    const again = await report(LAST);
    expect(again.status).toBe('COMPLETED');
    expect(again.note).toMatch(/already/);
    const after = (await api.db.query(`SELECT md5(string_agg(row(r.*)::text, '|' ORDER BY unit_code, indicator)) AS h, count(*) AS n FROM report_row r WHERE period = $1`, [LAST])).rows[0];
    expect(after).toEqual(before);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM monthly_report WHERE period = $1`, [LAST])).rows[0].n).toBe(1);
    const staged = await api.db.query(`SELECT (SELECT count(*) FROM report_staging_figures)::int AS figures,
      (SELECT count(*) FROM report_staging_previous_figures)::int AS previous, (SELECT count(*) FROM report_staging_population)::int AS population`);
    expect(staged.rows[0]).toEqual({ figures: 0, previous: 0, population: 0 });
  });

  it('refuses a month before the first record, and absurd months, naming the period and writing nothing', async () => {
    const counts = async () => (await api.db.query(`SELECT (SELECT count(*) FROM report_run)::int AS runs, (SELECT count(*) FROM monthly_report)::int AS reports`)).rows[0];
    const before = await counts();
    // The sites were first entered on the 1st of BEFORE: the month before it has no record.
    for (const period of [reportPeriod(BEFORE).previous, '2015-01', '0001-01']) {
      const refused = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'period' })] });
    }
    expect(await counts()).toEqual(before);
  });

  it('builds a month whose earlier jobs ended without a report here, as on a fresh database over the same Redis', async () => {
    const snapshot = async () => (await api.db.query(`SELECT md5(string_agg(row(r.*)::text, '|' ORDER BY unit_code, indicator)) AS h FROM report_row r WHERE period = $1`, [BEFORE])).rows[0].h;
    const built = await snapshot();
    // The database forgets the month; Redis still holds the flow's completed jobs under their ids.
    for (const table of ['report_unit_summary', 'report_row', 'monthly_report']) await api.db.query(`DELETE FROM ${table} WHERE period = $1`, [BEFORE]);
    const again = await report(BEFORE);
    expect(again).toMatchObject({ status: 'COMPLETED', note: null });
    expect((await api.db.query(`SELECT count(*)::int AS n FROM monthly_report WHERE period = $1`, [BEFORE])).rows[0].n).toBe(1);
    expect(await snapshot()).toBe(built);
  });

  it('computes the change from the previous month as of its end, whether or not that month was published', async () => {
    const snapshot = async () =>
      (await api.db.query(`SELECT unit_code, indicator, value, change_from_previous_month AS change FROM report_row WHERE period = $1 ORDER BY unit_code, indicator`, [LAST])).rows;
    const withPrevious = await snapshot();
    expect(withPrevious.filter((r) => r.change !== null).length).toBeGreaterThan(0);
    // Neither month published now: LAST is built alone, and its changes are the same.
    for (const period of [LAST, BEFORE]) {
      for (const table of ['report_unit_summary', 'report_row', 'monthly_report']) await api.db.query(`DELETE FROM ${table} WHERE period = $1`, [period]);
    }
    expect(await report(LAST)).toMatchObject({ status: 'COMPLETED', note: null });
    expect(await snapshot()).toEqual(withPrevious);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM monthly_report WHERE period = $1`, [BEFORE])).rows[0].n).toBe(0);
  });

  it('refuses unended months and non-administrators, starting nothing', async () => {
    const runs = async () => Number((await api.db.query(`SELECT count(*) FROM report_run`)).rows[0].count);
    const before = await runs();
    const current = await api.as('admin', `mutation { generateMonthlyReport(period: "2999-01") { id } }`);
    expect(current.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'period' })]);
    const malformed = await api.as('admin', `mutation { generateMonthlyReport(period: "2026-13") { id } }`);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const county = await api.as('longan', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: LAST });
    expect(county.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await runs()).toBe(before);
  });

  it('shows a county only its own part of the report', async () => {
    const own = await rows('longan', LAST, '450123', 'SITE', 'MOVE_IN_RATE');
    expect(own.map((r: { unitName: string }) => r.unitName).sort()).toEqual(['R-L1 安置点', 'R-L2 安置点']);
    const region = await api.as('longan', `query($p: String!) { monthlyReport(period: $p, divisionCode: "450000") { period } }`, { p: LAST });
    expect(region.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ranking = await api.as('longan', `query($p: String!) { rankings(period: $p, level: COUNTY, indicator: COMPOSITE) { unitCode } }`, { p: LAST });
    expect(ranking.data?.rankings).toEqual([{ unitCode: '450123' }]);
  });
  // Last: it changes a weight and revises the month.
  it('weighs the composite as the weights stood at the month’s end: a weight changed later moves nothing, even in a revision', async () => {
    const composite = async () => (await rows('admin', LAST, '450000', 'SITE', 'COMPOSITE')).map((r: { unitCode: string; value: number | null; rankInRegion: number | null }) => [r.unitCode, r.value, r.rankInRegion]);
    const published = await composite();
    // Move-in rates differ between the sites (0.5 and 1): weighed 100 times, they would reorder the composite.
    const set = await api.as('admin', `mutation { setIndicatorWeight(key: MOVE_IN_RATE, weight: 100) { key weight } }`);
    expect(set.errors).toBeUndefined();
    const revised = await api.as('admin', `mutation($p: String!) { reviseMonthlyReport(period: $p, reason: "核对权重") { id } }`, { p: LAST });
    const id = revised.data?.reviseMonthlyReport.id;
    let status = 'QUEUED';
    for (let i = 0; i < 300 && !['COMPLETED', 'FAILED'].includes(status); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun.status;
    }
    expect(status).toBe('COMPLETED');
    expect(await composite()).toEqual(published);
    const history = await api.db.query(`SELECT key, weight::float8 AS weight, changed_by FROM indicator_weight_change`);
    expect(history.rows).toEqual([{ key: 'MOVE_IN_RATE', weight: 100, changed_by: 'admin' }]);
  });
});
