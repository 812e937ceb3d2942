/**
 * The figures staff are ranked on, checked against the reference computation
 * (reference-indicators.ts, plain TypeScript over the rows): every indicator of every unit —
 * live at every tier, and in two generated months with their ranks, composite and change —
 * must equal it, on generated data sets of several seeds. Each data set gets the cases that
 * break figures: a site without households (zero denominators), a person turning 6 and one
 * turning 16 on the month's last day, deaths, rejected evidence, a clinic only built beside a
 * health centre in use.
 */
import { todayInShanghai } from '@app/common';
import { generateScaleDataset } from '@app/demo';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { eventually } from '../support/eventually';
import { uploadApprovalForms } from '../support/evidence-files';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { WorkerHarness } from '../support/worker-harness';
import { monthPopulation, readRecords, ReferenceRow, reportRows, siteFigures, yearsBefore } from './reference-indicators';

const LAST = reportPeriod(lastEndedPeriod());
const BEFORE = reportPeriod(LAST.previous);
const VALUE_DIGITS = 12;

interface LiveValue {
  key: string;
  numerator: number;
  denominator: number;
  value: number | null;
}

describe.each([3, 17])('figures against the reference computation, data set of seed %i', (seed) => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let weights: Record<string, number>;

  async function report(period: string): Promise<void> {
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const id = started.data.generateMonthlyReport.id;
    const status = await eventually(async () => {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun;
      return run.status === 'COMPLETED' || run.status === 'FAILED' ? run.status : undefined;
    }, `report ${period}`, 120_000);
    expect(status).toBe('COMPLETED');
  }

  /** The cases generated data rarely has, entered through the API and dated to the 1st of BEFORE. */
  async function addEdgeCases(): Promise<void> {
    const at = `${BEFORE.firstDay}T09:00:00+08:00`;
    const empty = await createSite(api, 'admin', siteInput('450123', `REF-EMPTY-${seed}`));
    const edge = await createSite(api, 'admin', siteInput('450923', `REF-EDGE-${seed}`, {
      facilities: [{ kindCode: 'CLINIC', status: 'BUILT' }, { kindCode: 'HEALTH_CENTRE', status: 'IN_USE' }],
    }));
    const rejected = await createHousehold(api, 'admin', householdInput(edge.id, `REF-H1-${seed}`, { beneficiaryCount: 3, movedIn: true, laborCount: 1 }));
    const backed = await createHousehold(api, 'admin', householdInput(edge.id, `REF-H2-${seed}`, { beneficiaryCount: 2, movedIn: false, laborCount: 0 }));
    let serial = 10 * seed; // resident IDs differ between the data sets of one run
    const person = (householdId: string, birthDate: string, extra: Record<string, unknown>) => {
      serial += 1;
      return addPerson(api, 'admin', personInput(householdId, serial, { birthDate, idNumber: residentId('450923', birthDate, 'FEMALE', serial), ...extra }));
    };
    const persons = [
      await person(rejected.id, yearsBefore(LAST.lastDay, 6), { schooling: 'IN_SCHOOL', medicalInsured: true }), // 6 on the last day
      await person(rejected.id, yearsBefore(LAST.lastDay, 16), { schooling: 'GRADUATED' }), // 16 on the last day
      await person(rejected.id, yearsBefore(addDay(LAST.lastDay), 16), { schooling: 'GRADUATED' }), // 16 the day after
      await person(backed.id, '1950-05-05', { medicalInsured: true, pensionInsured: true }),
      await person(backed.id, '1948-02-02', { medicalInsured: true, pensionInsured: true }),
    ];
    const left = (id: string, date: string) =>
      api.as('admin', `mutation($id: ID!, $d: Date!) { recordPersonLeft(id: $id, reason: DEATH, date: $d) { id } }`, { id, d: date });
    await left(persons[3].id, LAST.lastDay); // dies on the last day: gone at its end
    await left(persons[4].id, BEFORE.lastDay); // died the month before
    // Uploaded by the county, rejected by the region (a reviewer above the uploader's tier).
    const [toReject, kept] = await uploadApprovalForms(api, 'bobai', [rejected.id, backed.id]);
    const rejection = await api.as('admin', `mutation($id: ID!) { rejectEvidence(id: $id, reason: "审批表不清晰") { id } }`, { id: toReject });
    expect(rejection.errors).toBeUndefined();
    await backdate(api, 'site', [empty.id, edge.id], at);
    await backdate(api, 'household', [rejected.id, backed.id], at);
    await backdate(api, 'person', persons.map((p) => p.id), at);
    await backdate(api, 'evidence', [toReject, kept], at);
    const heads = await api.db.query(`SELECT id FROM person WHERE household_id = ANY($1) AND relation = 'HEAD'`, [[rejected.id, backed.id]]);
    await backdate(api, 'person', heads.rows.map((r) => r.id as string), at);
  }

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    await generateScaleDataset(process.env.DATABASE_URL!, { scale: 'demo', seed, today: todayInShanghai() });
    await addEdgeCases();
    const definitions = (await api.as('admin', `{ indicatorDefinitions { key weight } }`)).data?.indicatorDefinitions as Array<{ key: string; weight: number }>;
    weights = Object.fromEntries(definitions.map((d) => [d.key, d.weight]));
  }, 300_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('computes every live indicator of every site, county, city and the region as the reference does', async () => {
    const fields = 'indicators { key numerator denominator value }';
    const { data, errors } = await api.as('admin', `{ division(code: "450000") { code ${fields} children { code ${fields} children { code ${fields} } } } }`);
    expect(errors).toBeUndefined();
    const live = new Map<string, LiveValue[]>();
    live.set('450000', data?.division.indicators);
    for (const city of data?.division.children ?? []) {
      live.set(city.code, city.indicators);
      for (const county of city.children) {
        live.set(county.code, county.indicators);
        // One county's sites per request: the whole tree at once is over the query cost limit.
        const sites = await api.as('admin', `query($c: ID!) { division(code: $c) { sites(first: 50) { nodes { id ${fields} } } } }`, { c: county.code });
        expect(sites.errors).toBeUndefined();
        for (const site of sites.data?.division.sites.nodes ?? []) live.set(site.id, site.indicators);
      }
    }
    const records = await readRecords(api.db, null);
    const reference = reportRows(records, siteFigures(records, todayInShanghai()), weights).filter((r) => r.indicator !== 'COMPOSITE');
    const expected = new Map<string, LiveValue[]>();
    for (const row of reference) {
      // Live values carry a count's missing denominator as 0.
      const value = { key: row.indicator, numerator: row.numerator!, denominator: row.denominator ?? 0, value: row.value };
      expected.set(row.unitCode, [...(expected.get(row.unitCode) ?? []), value]);
    }
    const units = [...expected.keys()];
    expect(units.length).toBeGreaterThan(10);
    for (const unit of units) expect([unit, byKey(live.get(unit))]).toEqual([unit, byKey(expected.get(unit))]);
    // Units the reference has no site for (cities without relocation sites) are all zeros.
    for (const [unit, values] of live) {
      if (!expected.has(unit)) for (const v of values) expect([unit, v.key, v.numerator]).toEqual([unit, v.key, 0]);
    }
    // The edge cases are there: a site with nothing to divide by, and rejected beneficiaries left out.
    const empty = records.sites.find((s) => s.name === `REF-EMPTY-${seed} 安置点`)!;
    expect(byKey(live.get(empty.id)).MOVE_IN_RATE).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it.each([BEFORE, LAST].map((month) => [month.period, month]))('publishes %s exactly as the reference computes it: figures, ranks, composite and change', async (_, month) => {
    if (month.period === BEFORE.period) await report(BEFORE.period);
    else await report(LAST.period);
    const { data, errors } = await api.as('admin', `query($p: String!) { monthlyReport(period: $p, divisionCode: "450000") { rows {
      unitCode level parentCode indicator numerator denominator value rankInParent rankInRegion changeFromPreviousMonth } } }`, { p: month.period });
    expect(errors).toBeUndefined();
    const published = data?.monthlyReport.rows as Array<ReferenceRow & { changeFromPreviousMonth: number | null }>;

    const at = async (m: typeof LAST) => {
      const records = await readRecords(api.db, m.lastInstant);
      return reportRows(records, siteFigures(records, m.lastDay), weights);
    };
    const reference = await at(month);
    const previous = new Map((await at(reportPeriod(month.previous))).map((r) => [`${r.unitCode}|${r.indicator}`, r.value]));
    expect(published).toHaveLength(reference.length);
    // The month's deaths and additions in every unit's summary.
    const population = monthPopulation(await readRecords(api.db, month.lastInstant), month.firstDay, month.lastDay);
    const summaries = await api.db.query(`SELECT unit_code AS "unitCode", deceased, added FROM report_unit_summary WHERE period = $1`, [month.period]);
    expect(summaries.rows.length).toBe(new Set(reference.map((row) => row.unitCode)).size);
    expect([...population.values()].some((unit) => unit.deceased > 0) && [...population.values()].some((unit) => unit.added > 0)).toBe(true);
    for (const unit of summaries.rows) expect(unit).toEqual({ unitCode: unit.unitCode, ...(population.get(unit.unitCode) ?? { deceased: 0, added: 0 }) });
    const got = new Map(published.map((r) => [`${r.unitCode}|${r.indicator}`, r]));
    for (const row of reference) {
      const key = `${row.unitCode}|${row.indicator}`;
      const actual = got.get(key);
      const before = previous.get(key);
      const change = row.value === null || before === undefined || before === null ? null : row.value - before;
      expect([key, actual && { ...actual, value: rounded(actual.value), changeFromPreviousMonth: rounded(actual.changeFromPreviousMonth) }]).toEqual([
        key,
        { ...row, value: rounded(row.value), changeFromPreviousMonth: rounded(change) },
      ]);
    }
  });
});

function byKey(values: LiveValue[] | undefined): Record<string, { numerator: number; denominator: number; value: number | null }> {
  return Object.fromEntries((values ?? []).map((v) => [v.key, { numerator: v.numerator, denominator: v.denominator, value: rounded(v.value) }]));
}

/** Values to 12 digits: a composite's weighted sum may add in another order than PostgreSQL's. */
function rounded(value: number | null): number | null {
  return value === null ? null : Number(value.toFixed(VALUE_DIGITS));
}

function addDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
