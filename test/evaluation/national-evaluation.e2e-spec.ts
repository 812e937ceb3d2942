/**
 * The national evaluation over HTTP: the figures of a small fixture against a reference worked
 * out apart from the SQL (evaluation-reference.ts), as of a past day and unchanged by later
 * edits, equal to the monthly indicators where they share a definition, the workbook, access by
 * jurisdiction over the query and the download, and bad input refused with nothing changed.
 */
import ExcelJS from 'exceljs';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { distinctPng, download, uploadEvidence } from '../support/evidence-files';
import { addPerson, badFields, createHousehold, createSite, householdInput, personInput, setHead, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { Figure, FixtureHousehold, FixtureSite, housingFigures, referenceFigures, referenceOverLine } from './evaluation-reference';

const SITES: FixtureSite[] = [
  { code: 'EA1', city: '450100', county: '450123', plannedHouseholds: 3, plannedPersons: 10 },
  { code: 'EA2', city: '450100', county: '450123', plannedHouseholds: 2, plannedPersons: 6 },
  { code: 'EB1', city: '450900', county: '450923', plannedHouseholds: 1, plannedPersons: 5 },
];

const base = { movedIn: false, actuallyResident: false, exited: false, mustDemolish: true, demolished: false, reclaimed: false, mainIncomeSource: null, industry: false };
const HOUSEHOLDS: FixtureHousehold[] = [
  // Everything reported and backed: counts in every recognised figure.
  { ...base, code: 'EH1', site: 'EA1', type: 'REGISTERED_POOR', beneficiaryCount: 4, housingArea: 80, selfFunding: 8000, relocationYear: 2018,
    movedIn: true, actuallyResident: true, exited: true, demolished: true, reclaimed: true, mainIncomeSource: 'WAGES', labour: ['employed'],
    evidence: ['RELOCATION_APPROVAL_FORM', 'MOVE_IN_PHOTO', 'DEMOLITION_RECLAMATION_PHOTO', 'DUAL_CONFIRMATION_FORM', 'SELF_FUNDING_RECEIPT'] },
  // Alongside: kept apart; 4,000 a person and 12,000 a household cross both funding lines; 30 ㎡ a person is no finding for it.
  { ...base, code: 'EH2', site: 'EA1', type: 'ALONGSIDE', beneficiaryCount: 3, housingArea: 90, selfFunding: 12000, relocationYear: 2019,
    mustDemolish: false, labour: ['unemployed'], evidence: [] },
  // 30 ㎡ and 3,000 yuan a person: over the area standard and the per-person line; residence and demolition reported without evidence.
  { ...base, code: 'EH3', site: 'EA2', type: 'REGISTERED_POOR', beneficiaryCount: 2, housingArea: 60, selfFunding: 6000, relocationYear: 2018,
    movedIn: true, actuallyResident: true, demolished: true, industry: true, labour: ['employed', 'unemployed'], evidence: ['RELOCATION_APPROVAL_FORM'] },
  // Another city: no approval form, so not a recognised relocation; demolition backed, reclamation not reported.
  { ...base, code: 'EH4', site: 'EB1', type: 'REGISTERED_POOR', beneficiaryCount: 5, housingArea: 100, selfFunding: 0, relocationYear: 2019,
    movedIn: true, demolished: true, labour: ['employed'], evidence: ['DEMOLITION_RECLAMATION_PHOTO'] },
];

const FIGURES = 'key check numerator denominator value';
const EVALUATION = `query($c: ID!, $asOf: String) { nationalEvaluation(divisionCode: $c, asOf: $asOf) {
  divisionCode asOf asOfInstant units { code name level parentCode figures { ${FIGURES} } }
  byRelocationYear { relocationYear figures { ${FIGURES} } }
  overLineHouseholds { code headName householdType beneficiaryCount selfFunding selfFundingPerPerson rules siteCode siteName countyName }
  definitions { key name definition } } }`;

const pad = (n: number) => String(n).padStart(2, '0');
const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
/** The end of last month in Asia/Shanghai, worked out here rather than by the code under test. */
function lastMonthEnd(): string {
  const [y, m] = shanghaiDay(new Date()).split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1, 0));
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

type UnitOut = { code: string; level: string; figures: Array<Figure & { key: string }> };
const byKey = (figures: Array<Figure & { key: string }>) => Object.fromEntries(figures.map(({ key, numerator, denominator, value }) => [key, { numerator, denominator, value }]));

describe('national evaluation', () => {
  let api: ApiHarness;
  const siteIds: Record<string, string> = {};
  const householdIds: Record<string, string> = {};
  /** Every record entered, made to look as if entered 200 days ago. */
  const enteredAt = new Date(Date.now() - 200 * 86_400_000);
  const asOf = lastMonthEnd();

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('region', 'REGION_STAFF', '450000');
    await api.createUser('city', 'CITY_STAFF', '450100');
    await api.createUser('county', 'COUNTY_STAFF', '450123');
    await api.createUser('checker', 'SPOT_CHECKER', '450123');
    for (const s of SITES) siteIds[s.code] = (await createSite(api, 'admin', siteInput(s.county, s.code, { plannedHouseholds: s.plannedHouseholds, plannedPersons: s.plannedPersons }))).id;
    await api.createUser('site', 'SITE_STAFF', siteIds.EA1);
    const persons: string[] = [];
    const evidence: string[] = [];
    let serial = 0;
    for (const h of HOUSEHOLDS) {
      const id = (await createHousehold(api, 'admin', householdInput(siteIds[h.site], h.code, {
        householdType: h.type, beneficiaryCount: h.beneficiaryCount, laborCount: h.labour.length, housingArea: h.housingArea, selfFunding: h.selfFunding,
        relocationYear: h.relocationYear, movedIn: h.movedIn, actuallyResident: h.actuallyResident, povertyStatus: h.exited ? 'EXITED' : 'NOT_EXITED',
        povertyExitYear: h.exited ? 2019 : null, oldHouseDisposition: h.mustDemolish ? 'MUST_DEMOLISH' : 'EXEMPT', oldHouseExemptReason: h.mustDemolish ? null : '传统村落保护',
        oldHouseDemolished: h.demolished, landReclaimed: h.reclaimed, mainIncomeSource: h.mainIncomeSource,
        industryProjects: h.industry ? [{ name: '养殖项目', kind: '养殖', supportAmount: 5000 }] : [],
      }))).id;
      householdIds[h.code] = id;
      const labour = (status: 'employed' | 'unemployed') => ({ isLabour: true, employment: status === 'employed' ? 'LOCAL_JOB' : 'UNEMPLOYED' });
      const member = (extra: Record<string, unknown>) => {
        serial += 1;
        return personInput(id, serial, { idNumber: residentId('450123', '1985-05-05', 'MALE', serial), birthDate: '1985-05-05', gender: 'MALE', ...extra });
      };
      const [head, ...others] = h.labour;
      persons.push((await setHead(api, 'admin', id, member(head ? labour(head) : { isLabour: false, employment: 'NOT_IN_LABOUR_FORCE' }))).id);
      for (const status of others) persons.push((await addPerson(api, 'admin', member({ relation: 'CHILD', ...labour(status) }))).id);
      for (const kind of h.evidence) {
        const uploaded = await uploadEvidence(api, 'admin', { subjectType: 'HOUSEHOLD', subjectId: id, kind }, { bytes: distinctPng(`${h.code}-${kind}`), name: `${kind}.png` });
        expect(uploaded.status).toBe(201);
        evidence.push(uploaded.body.id);
      }
    }
    await backdate(api, 'site', Object.values(siteIds), enteredAt.toISOString());
    await backdate(api, 'household', Object.values(householdIds), enteredAt.toISOString());
    await backdate(api, 'person', persons, enteredAt.toISOString());
    await backdate(api, 'evidence', evidence, enteredAt.toISOString());
  });
  afterAll(() => api.stop());

  const sitesOf = (test: (s: FixtureSite) => boolean) => SITES.filter(test);
  const householdsOf = (sites: FixtureSite[]) => HOUSEHOLDS.filter((h) => sites.some((s) => s.code === h.site));
  const expectedFor = (test: (s: FixtureSite) => boolean) => referenceFigures(sitesOf(test), householdsOf(sitesOf(test)));

  async function evaluation(user: string, code: string, day?: string) {
    const response = await api.as(user, EVALUATION, { c: code, asOf: day });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.nationalEvaluation;
  }

  it('computes every figure for the region and each city and county below it as the reference does, as of the end of last month by default', async () => {
    const result = await evaluation('region', '450000');
    expect(result.asOf).toBe(asOf);
    expect(new Date(result.asOfInstant).toISOString()).toBe(new Date(`${asOf}T23:59:59.999+08:00`).toISOString());
    expect(result.units.map((u: UnitOut) => [u.level, u.code])).toEqual([
      ['REGION', '450000'], ['CITY', '450100'], ['CITY', '450900'], ['COUNTY', '450123'], ['COUNTY', '450923'],
    ]);
    const expected: Record<string, Record<string, Figure>> = {
      '450000': expectedFor(() => true),
      '450100': expectedFor((s) => s.city === '450100'),
      '450900': expectedFor((s) => s.city === '450900'),
      '450123': expectedFor((s) => s.county === '450123'),
      '450923': expectedFor((s) => s.county === '450923'),
    };
    for (const unit of result.units as UnitOut[]) expect([unit.code, byKey(unit.figures)]).toEqual([unit.code, expected[unit.code]]);
    // Sanity of the fixture itself: the reference is not trivially zero.
    expect(expected['450000'].POOR_RECOGNISED).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(result.overLineHouseholds.map((h: { code: string }) => h.code).sort()).toEqual(referenceOverLine(HOUSEHOLDS));
    expect(result.overLineHouseholds.find((h: { code: string }) => h.code === 'EH2')).toMatchObject({
      householdType: 'ALONGSIDE', selfFunding: 12000, selfFundingPerPerson: 4000, rules: ['SELF_FUNDING_PER_PERSON', 'SELF_FUNDING_PER_HOUSEHOLD'], siteCode: 'EA1',
    });
    for (const year of result.byRelocationYear) {
      expect(byKey(year.figures)).toEqual(housingFigures(HOUSEHOLDS.filter((h) => h.relocationYear === year.relocationYear)));
    }
    expect(result.byRelocationYear.map((y: { relocationYear: number }) => y.relocationYear)).toEqual([2018, 2019]);
  });

  it('lists a county with each of its sites', async () => {
    const result = await evaluation('county', '450123', asOf);
    expect(result.units.map((u: UnitOut) => [u.level, u.code])).toEqual([['COUNTY', '450123'], ['SITE', 'EA1'], ['SITE', 'EA2']]);
    expect(byKey(result.units[1].figures)).toEqual(expectedFor((s) => s.code === 'EA1'));
    expect(byKey(result.units[2].figures)).toEqual(expectedFor((s) => s.code === 'EA2'));
    expect(result.overLineHouseholds.map((h: { code: string }) => h.code).sort()).toEqual(['EH2', 'EH3']);
  });

  it('gives the same numbers as the monthly indicators where the definitions are shared', async () => {
    const today = shanghaiDay(new Date());
    const SHARED: Record<string, string> = {
      ACTUALLY_RESIDENT: 'ACTUAL_RESIDENCE_RATE', POVERTY_EXIT: 'POVERTY_EXIT_RATE', INCOME_CHANNEL: 'INCOME_CHANNEL_COVERAGE',
      LABOUR_HOUSEHOLD_EMPLOYED: 'EMPLOYMENT_COVERAGE', OLD_HOUSE_DEMOLISHED: 'DEMOLITION_RATE', LAND_RECLAIMED: 'RECLAMATION_RATE',
    };
    const result = await evaluation('admin', '450000', today);
    for (const code of ['450000', '450123', '450923']) {
      const indicators = await api.as('admin', `query($c: ID!) { division(code: $c) { indicators { key numerator denominator } } }`, { c: code });
      const live = Object.fromEntries(indicators.data!.division.indicators.map((i: { key: string; numerator: number; denominator: number }) => [i.key, [i.numerator, i.denominator]]));
      const unit = byKey((result.units as UnitOut[]).find((u) => u.code === code)!.figures);
      for (const [figure, indicator] of Object.entries(SHARED)) expect([code, figure, unit[figure].numerator, unit[figure].denominator]).toEqual([code, figure, ...live[indicator]]);
    }
  });

  it('is as of its day: edits made since do not change it', async () => {
    const before = await evaluation('admin', '450000', asOf);
    // Today: EH4's approval form arrives, EH2 repays its self-funding, a new household is registered.
    const uploaded = await uploadEvidence(api, 'admin', { subjectType: 'HOUSEHOLD', subjectId: householdIds.EH4, kind: 'RELOCATION_APPROVAL_FORM' }, { bytes: distinctPng('late'), name: 'late.png' });
    expect(uploaded.status).toBe(201);
    const eh2 = await api.as('admin', `query($id: ID!) { household(id: $id) { version } }`, { id: householdIds.EH2 });
    const updated = await api.as('admin', `mutation($id: ID!, $v: Int!) { updateHousehold(id: $id, version: $v, input: { selfFunding: 0 }) { id } }`, { id: householdIds.EH2, v: eh2.data!.household.version });
    expect(updated.errors).toBeUndefined();
    await createHousehold(api, 'admin', householdInput(siteIds.EA2, 'EH5', { selfFunding: 0 }));

    expect(await evaluation('admin', '450000', asOf)).toEqual(before);
    const now = await evaluation('admin', '450000', shanghaiDay(new Date()));
    const region = byKey(now.units[0].figures);
    expect(region.POOR_RECOGNISED).toEqual({ numerator: 3, denominator: 4, value: 3 / 4 });
    expect(now.overLineHouseholds.map((h: { code: string }) => h.code)).toEqual(['EH3']);
  });

  it('downloads as a printable workbook with the same figures, Chinese headers and the as-of instant', async () => {
    const query = await evaluation('city', '450100', asOf);
    const file = await download(api, 'city', `/exports/national-evaluation/450100.xlsx?asOf=${asOf}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['搬迁对象精准', '住房面积达标与搬迁入住', '不因建房而负债', '稳定脱贫', '按搬迁年度', '超红线户清单', '指标说明']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    }
    const targeting = workbook.getWorksheet('搬迁对象精准')!;
    expect(targeting.getCell('A1').value).toContain('南宁市');
    expect(targeting.getCell('A2').value).toContain(`数据截至 ${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8))}日24时`);
    expect(targeting.getRow(3).values).toEqual([undefined, '层级', '单位名称', '代码', '经认定的建档立卡搬迁户', '建档立卡搬迁户', '建档立卡搬迁户认定率（%）',
      '经认定的建档立卡搬迁户', '计划安置户数', '搬迁户数计划完成率（%）', '经认定的建档立卡搬迁人口', '计划安置人数', '搬迁人口计划完成率（%）', '同步搬迁户数', '同步搬迁人口']);
    const city = byKey(query.units[0].figures);
    expect(targeting.getRow(4).values).toEqual([undefined, '设区市', '南宁市', '450100',
      city.POOR_RECOGNISED.numerator, city.POOR_RECOGNISED.denominator, city.POOR_RECOGNISED.value,
      city.PLAN_HOUSEHOLDS.numerator, city.PLAN_HOUSEHOLDS.denominator, city.PLAN_HOUSEHOLDS.value,
      city.PLAN_PERSONS.numerator, city.PLAN_PERSONS.denominator, city.PLAN_PERSONS.value,
      city.ALONGSIDE_HOUSEHOLDS.value, city.ALONGSIDE_PERSONS.value]);
    const overLine = workbook.getWorksheet('超红线户清单')!;
    const listed = overLine.getSheetValues().slice(4).map((row) => (row as ExcelJS.CellValue[])[3]);
    expect(listed).toEqual(query.overLineHouseholds.map((h: { code: string }) => h.code));
    const notes = workbook.getWorksheet('指标说明')!.getSheetValues().flat().join('');
    expect(notes).toContain('住房面积 ÷ 受益人口');
    expect(notes).toContain('其后的修改不影响本表');
  });

  describe('access', () => {
    // Inside: Long'an county (450123); outside: Bobai county (450923), in another city.
    const MATRIX: Record<string, [string, string]> = {
      admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'NOT_FOUND'], county: ['OK', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'],
    };
    const STATUS: Record<string, number> = { OK: 200, NOT_FOUND: 404, FORBIDDEN: 403 };
    const cells = Object.entries(MATRIX).flatMap(([user, outcomes]) => (['450123', '450923'] as const).map((code, i) => ({ user, code, outcome: outcomes[i] })));

    it.each(cells)('$user on $code: $outcome over the query and the download', async ({ user, code, outcome }) => {
      const response = await api.as(user, EVALUATION, { c: code, asOf });
      expect(response.data?.nationalEvaluation ? 'OK' : response.errors?.[0].extensions?.code).toBe(outcome);
      if (outcome === 'OK') expect(response.data!.nationalEvaluation.units[0].code).toBe(code);
      const file = await download(api, user, `/exports/national-evaluation/${code}.xlsx?asOf=${asOf}`);
      expect(file.status).toBe(STATUS[outcome]);
    });
  });

  describe('bad input', () => {
    const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
    const beforeFirstRecord = shanghaiDay(new Date(enteredAt.getTime() - 2 * 86_400_000));
    it.each([tomorrow, beforeFirstRecord, '2026-02-30', '2026-13-01', '30/11/2026', ''])('asOf %p is BAD_USER_INPUT naming asOf over the query and 400 over the download, and changes nothing', async (bad) => {
      const counts = await api.recordCounts();
      expect(badFields(await api.as('county', EVALUATION, { c: '450123', asOf: bad }))).toEqual(['asOf']);
      const file = await download(api, 'county', `/exports/national-evaluation/450123.xlsx?asOf=${encodeURIComponent(bad)}`);
      expect(file.status).toBe(400);
      expect(JSON.parse(file.bytes.toString()).fields).toEqual([expect.objectContaining({ field: 'asOf' })]);
      expect(await api.recordCounts()).toEqual(counts);
    });

    it('refuses an unknown division and a malformed file name', async () => {
      expect((await api.as('admin', EVALUATION, { c: '459999', asOf })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await download(api, 'admin', `/exports/national-evaluation/459999.xlsx?asOf=${asOf}`)).status).toBe(404);
      expect((await download(api, 'admin', `/exports/national-evaluation/450000.pdf`)).status).toBe(400);
    });
  });
});
