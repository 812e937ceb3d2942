/**
 * Live indicators on a small fixture whose expected values were worked out by hand (see the
 * comments by each household), at site, county, city and region level.
 */
import { FACILITY_COVERAGE_KINDS, SITE_FIGURES_REFRESH_LOCK } from '@app/indicators';
import { ApiHarness } from '../support/api-harness';
import { birthDateForAge } from '../support/dates';
import { addPerson, createHousehold, createSite, householdInput, personInput, setHead, siteInput } from '../support/registry-fixtures';
import { uploadApprovalForms } from '../support/evidence-files';
import { residentId } from '../support/resident-ids';

type Values = Record<string, [number, number, number | null]>;

let serial = 0;
function person(householdId: string, age: [number, number], gender: 'MALE' | 'FEMALE', extra: Record<string, unknown> = {}) {
  serial += 1;
  const birthDate = birthDateForAge(age[0], age[1]);
  return personInput(householdId, serial, { birthDate, gender, idNumber: residentId('450123', birthDate, gender, serial), ...extra });
}

const EMPLOYED_LABOUR = { isLabour: true, employment: 'LOCAL_JOB', medicalInsured: true, pensionInsured: true };

describe('live indicators', () => {
  let api: ApiHarness;
  const site: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    const inUse = (kind: string) => [{ kindCode: kind, status: 'IN_USE' }];
    site.A1 = (await createSite(api, 'admin', siteInput('450123', 'A1', { partyOrganisationEstablished: true, facilities: inUse('PRIMARY_SCHOOL') }))).id;
    site.A2 = (await createSite(api, 'admin', siteInput('450123', 'A2', {
      facilities: [{ kindCode: 'PRIMARY_SCHOOL', status: 'PLANNED' }, { kindCode: 'CLINIC', status: 'IN_USE' }],
    }))).id;
    site.A3 = (await createSite(api, 'admin', siteInput('450123', 'A3'))).id; // no households: every household ratio has no value
    // A clinic only built, and a community health centre (not a clinic or hospital) in use: no clinic coverage.
    site.B1 = (await createSite(api, 'admin', siteInput('450923', 'B1', {
      facilities: [{ kindCode: 'CLINIC', status: 'BUILT' }, { kindCode: 'HEALTH_CENTRE', status: 'IN_USE' }],
    }))).id;

    // H1 (A1): registered poor, 4 beneficiaries, moved in, house must go and is reported demolished, certificate issued.
    const h1 = (await createHousehold(api, 'admin', householdInput(site.A1, 'H1', {
      beneficiaryCount: 4, laborCount: 2, housingArea: 80, selfFunding: 0, movedIn: true, movedInOn: '2019-05-01', actuallyResident: true,
      povertyStatus: 'EXITED', povertyExitYear: 2019, oldHouseDemolished: true, propertyCertificateIssued: true, mainIncomeSource: 'WAGES',
    }))).id;
    await setHead(api, 'admin', h1, person(h1, [40, 0], 'MALE', { ...EMPLOYED_LABOUR }));
    await addPerson(api, 'admin', person(h1, [38, 0], 'FEMALE', { relation: 'SPOUSE', isLabour: true, employment: 'UNEMPLOYED', medicalInsured: true }));
    await addPerson(api, 'admin', person(h1, [6, 0], 'MALE', { schooling: 'IN_SCHOOL', medicalInsured: true })); // 6 today: counts
    await addPerson(api, 'admin', person(h1, [16, 1], 'FEMALE', { schooling: 'IN_SCHOOL' })); // 16 tomorrow: still 15, uninsured

    // H2 (A1): relocated alongside, not moved in, old house exempt, no income channel.
    const h2 = (await createHousehold(api, 'admin', householdInput(site.A1, 'H2', {
      householdType: 'ALONGSIDE', beneficiaryCount: 3, laborCount: 1, housingArea: 90, selfFunding: 0,
      oldHouseDisposition: 'EXEMPT', oldHouseExemptReason: '传统村落保护',
    }))).id;
    await setHead(api, 'admin', h2, person(h2, [45, 0], 'MALE', { isLabour: true, employment: 'UNEMPLOYED', medicalInsured: true, pensionInsured: true }));
    await addPerson(api, 'admin', person(h2, [6, 1], 'FEMALE', { medicalInsured: true })); // 6 tomorrow: not yet of school age
    await addPerson(api, 'admin', person(h2, [16, 0], 'MALE', { schooling: 'GRADUATED', medicalInsured: true })); // 16 today: pension age, uninsured
    const deceased = await addPerson(api, 'admin', person(h2, [80, 0], 'FEMALE', { medicalInsured: true, pensionInsured: true }));
    await api.as('admin', `mutation($id: ID!) { recordPersonLeft(id: $id, reason: DEATH, date: "2024-01-01") { id } }`, { id: deceased.id });

    // H3 (A2): registered poor, moved in, house not yet demolished, hukou transferred, an industry project.
    const h3 = (await createHousehold(api, 'admin', householdInput(site.A2, 'H3', {
      beneficiaryCount: 2, laborCount: 1, housingArea: 50, selfFunding: 0, movedIn: true, hukouTransferred: true,
      industryProjects: [{ name: '养殖项目', kind: '养殖', supportAmount: 5000 }],
    }))).id;
    await setHead(api, 'admin', h3, person(h3, [35, 0], 'MALE', { ...EMPLOYED_LABOUR, employment: 'PUBLIC_WELFARE_POST', trainings: [{ kind: '电工', date: '2020-03-01' }] }));
    await addPerson(api, 'admin', person(h3, [70, 0], 'FEMALE', { medicalInsured: true, pensionInsured: true }));

    // H4 (B1, another city): registered poor, moved in, demolished, not exited; a child who dropped out.
    const h4 = (await createHousehold(api, 'admin', householdInput(site.B1, 'H4', {
      beneficiaryCount: 5, laborCount: 1, housingArea: 100, selfFunding: 0, movedIn: true, oldHouseDemolished: true,
    }))).id;
    await setHead(api, 'admin', h4, person(h4, [30, 0], 'MALE', { ...EMPLOYED_LABOUR, employment: 'OUTSIDE_PROVINCE' }));
    await addPerson(api, 'admin', person(h4, [10, 0], 'FEMALE', { schooling: 'DROPPED_OUT', medicalInsured: true }));

    // Approval forms back H1's, H2's and H4's beneficiaries; H3's 2 are reported, not recognised (SPEC §5).
    await uploadApprovalForms(api, 'admin', [h1, h2, h4]);
  });
  afterAll(() => api.stop());

  const KEYS = [
    'MOVE_IN_RATE', 'ACTUAL_RESIDENCE_RATE', 'DEMOLITION_RATE', 'RECLAMATION_RATE', 'POVERTY_EXIT_RATE', 'PROPERTY_CERTIFICATE_RATE',
    'HUKOU_TRANSFER_RATE', 'EMPLOYMENT_COVERAGE', 'LABOUR_EMPLOYMENT_RATE', 'INCOME_CHANNEL_COVERAGE', 'MEDICAL_INSURANCE_RATE',
    'PENSION_INSURANCE_RATE', 'COMPULSORY_EDUCATION_RATE', 'GEOHAZARD_ASSESSED_RATE', 'ACCEPTANCE_RATE', 'INDUSTRY_SUPPORT_COVERAGE',
    'SKILLS_TRAINING_COVERAGE', 'PARTY_ORGANISATION_RATE', 'SCHOOL_COVERAGE', 'EVIDENCE_COMPLETENESS', 'REDLINE_VIOLATIONS', 'CLINIC_COVERAGE',
  ];
  const ratio = (n: number, d: number): [number, number, number | null] => [n, d, d === 0 ? null : n / d];
  // A count has no denominator (0) and is its own value.
  const count = (n: number): [number, number, number | null] => [n, 0, n];

  // Worked out by hand from the households above. Claims made: every household's beneficiaries,
  // H1's residence, demolition and exit, H4's demolition; only the approval forms of H1, H2 and
  // H4 are backed, so the move-in rate counts their beneficiaries only.
  // No household crosses a red line (H2 is over 25 ㎡ a person but relocated alongside).
  const EXPECTED: Record<string, Values> = {
    A1: {
      EVIDENCE_COMPLETENESS: ratio(2, 5), REDLINE_VIOLATIONS: count(0),
      MOVE_IN_RATE: ratio(4, 7), ACTUAL_RESIDENCE_RATE: ratio(0, 1), DEMOLITION_RATE: ratio(0, 1), RECLAMATION_RATE: ratio(0, 0),
      POVERTY_EXIT_RATE: ratio(0, 1), PROPERTY_CERTIFICATE_RATE: ratio(1, 1), HUKOU_TRANSFER_RATE: ratio(0, 1), EMPLOYMENT_COVERAGE: ratio(1, 2),
      LABOUR_EMPLOYMENT_RATE: ratio(1, 3), INCOME_CHANNEL_COVERAGE: ratio(1, 2), MEDICAL_INSURANCE_RATE: ratio(6, 7), PENSION_INSURANCE_RATE: ratio(2, 4),
      COMPULSORY_EDUCATION_RATE: ratio(2, 2), GEOHAZARD_ASSESSED_RATE: ratio(0, 1), ACCEPTANCE_RATE: ratio(0, 1), INDUSTRY_SUPPORT_COVERAGE: ratio(0, 2),
      SKILLS_TRAINING_COVERAGE: ratio(0, 3), PARTY_ORGANISATION_RATE: ratio(1, 1), SCHOOL_COVERAGE: ratio(1, 1), CLINIC_COVERAGE: ratio(0, 1),
    },
    A3: {
      EVIDENCE_COMPLETENESS: ratio(0, 0), REDLINE_VIOLATIONS: count(0),
      MOVE_IN_RATE: ratio(0, 0), ACTUAL_RESIDENCE_RATE: ratio(0, 0), DEMOLITION_RATE: ratio(0, 0), RECLAMATION_RATE: ratio(0, 0),
      POVERTY_EXIT_RATE: ratio(0, 0), PROPERTY_CERTIFICATE_RATE: ratio(0, 0), HUKOU_TRANSFER_RATE: ratio(0, 0), EMPLOYMENT_COVERAGE: ratio(0, 0),
      LABOUR_EMPLOYMENT_RATE: ratio(0, 0), INCOME_CHANNEL_COVERAGE: ratio(0, 0), MEDICAL_INSURANCE_RATE: ratio(0, 0), PENSION_INSURANCE_RATE: ratio(0, 0),
      COMPULSORY_EDUCATION_RATE: ratio(0, 0), GEOHAZARD_ASSESSED_RATE: ratio(0, 1), ACCEPTANCE_RATE: ratio(0, 1), INDUSTRY_SUPPORT_COVERAGE: ratio(0, 0),
      SKILLS_TRAINING_COVERAGE: ratio(0, 0), PARTY_ORGANISATION_RATE: ratio(0, 1), SCHOOL_COVERAGE: ratio(0, 1), CLINIC_COVERAGE: ratio(0, 1),
    },
    '450123': {
      EVIDENCE_COMPLETENESS: ratio(2, 6), REDLINE_VIOLATIONS: count(0),
      MOVE_IN_RATE: ratio(4, 7), ACTUAL_RESIDENCE_RATE: ratio(0, 2), DEMOLITION_RATE: ratio(0, 2), RECLAMATION_RATE: ratio(0, 0),
      POVERTY_EXIT_RATE: ratio(0, 2), PROPERTY_CERTIFICATE_RATE: ratio(1, 2), HUKOU_TRANSFER_RATE: ratio(1, 2), EMPLOYMENT_COVERAGE: ratio(2, 3),
      LABOUR_EMPLOYMENT_RATE: ratio(2, 4), INCOME_CHANNEL_COVERAGE: ratio(2, 3), MEDICAL_INSURANCE_RATE: ratio(8, 9), PENSION_INSURANCE_RATE: ratio(4, 6),
      COMPULSORY_EDUCATION_RATE: ratio(2, 2), GEOHAZARD_ASSESSED_RATE: ratio(0, 3), ACCEPTANCE_RATE: ratio(0, 3), INDUSTRY_SUPPORT_COVERAGE: ratio(1, 3),
      SKILLS_TRAINING_COVERAGE: ratio(1, 4), PARTY_ORGANISATION_RATE: ratio(1, 3), SCHOOL_COVERAGE: ratio(1, 3), CLINIC_COVERAGE: ratio(1, 3),
    },
    '450900': {
      EVIDENCE_COMPLETENESS: ratio(1, 2), REDLINE_VIOLATIONS: count(0),
      MOVE_IN_RATE: ratio(5, 5), ACTUAL_RESIDENCE_RATE: ratio(0, 1), DEMOLITION_RATE: ratio(0, 1), RECLAMATION_RATE: ratio(0, 0),
      POVERTY_EXIT_RATE: ratio(0, 1), PROPERTY_CERTIFICATE_RATE: ratio(0, 1), HUKOU_TRANSFER_RATE: ratio(0, 1), EMPLOYMENT_COVERAGE: ratio(1, 1),
      LABOUR_EMPLOYMENT_RATE: ratio(1, 1), INCOME_CHANNEL_COVERAGE: ratio(1, 1), MEDICAL_INSURANCE_RATE: ratio(2, 2), PENSION_INSURANCE_RATE: ratio(1, 1),
      COMPULSORY_EDUCATION_RATE: ratio(0, 1), GEOHAZARD_ASSESSED_RATE: ratio(0, 1), ACCEPTANCE_RATE: ratio(0, 1), INDUSTRY_SUPPORT_COVERAGE: ratio(0, 1),
      SKILLS_TRAINING_COVERAGE: ratio(0, 1), PARTY_ORGANISATION_RATE: ratio(0, 1), SCHOOL_COVERAGE: ratio(0, 1), CLINIC_COVERAGE: ratio(0, 1),
    },
    '450000': {
      EVIDENCE_COMPLETENESS: ratio(3, 8), REDLINE_VIOLATIONS: count(0),
      MOVE_IN_RATE: ratio(9, 12), ACTUAL_RESIDENCE_RATE: ratio(0, 3), DEMOLITION_RATE: ratio(0, 3), RECLAMATION_RATE: ratio(0, 0),
      POVERTY_EXIT_RATE: ratio(0, 3), PROPERTY_CERTIFICATE_RATE: ratio(1, 3), HUKOU_TRANSFER_RATE: ratio(1, 3), EMPLOYMENT_COVERAGE: ratio(3, 4),
      LABOUR_EMPLOYMENT_RATE: ratio(3, 5), INCOME_CHANNEL_COVERAGE: ratio(3, 4), MEDICAL_INSURANCE_RATE: ratio(10, 11), PENSION_INSURANCE_RATE: ratio(5, 7),
      COMPULSORY_EDUCATION_RATE: ratio(2, 3), GEOHAZARD_ASSESSED_RATE: ratio(0, 4), ACCEPTANCE_RATE: ratio(0, 4), INDUSTRY_SUPPORT_COVERAGE: ratio(1, 4),
      SKILLS_TRAINING_COVERAGE: ratio(1, 5), PARTY_ORGANISATION_RATE: ratio(1, 4), SCHOOL_COVERAGE: ratio(1, 4), CLINIC_COVERAGE: ratio(1, 4),
    },
  };

  const asValues = (list: Array<{ key: string; numerator: number; denominator: number; value: number | null }>): Values =>
    Object.fromEntries(list.map((v) => [v.key, [v.numerator, v.denominator, v.value]]));

  const closeTo = (expected: Values) =>
    Object.fromEntries(Object.entries(expected).map(([key, [n, d, v]]) => [key, [n, d, v === null ? null : expect.closeTo(v, 10)]]));

  it.each(['A1', 'A3'])('site %s', async (name) => {
    const { data, errors } = await api.as('admin', `query($id: ID!, $keys: [IndicatorKey!]) { site(id: $id) { indicators(keys: $keys) { key numerator denominator value } } }`, { id: site[name], keys: KEYS });
    expect(errors).toBeUndefined();
    expect(asValues(data?.site.indicators)).toEqual(closeTo(EXPECTED[name]));
  });

  it.each(['450123', '450900', '450000'])('division %s', async (code) => {
    const { data, errors } = await api.as('admin', `query($c: ID!, $keys: [IndicatorKey!]) { division(code: $c) { indicators(keys: $keys) { key numerator denominator value } } }`, { c: code, keys: KEYS });
    expect(errors).toBeUndefined();
    expect(asValues(data?.division.indicators)).toEqual(closeTo(EXPECTED[code]));
  });

  it('adds up: every parent’s numerator and denominator equal the sums over its children, for every indicator', async () => {
    const fields = 'indicators { key numerator denominator }';
    const { data, errors } = await api.as('admin', `{ division(code: "450000") { ${fields} children { ${fields} children { code ${fields} sites(first: 50) { nodes { ${fields} } } } } } }`);
    expect(errors).toBeUndefined();
    type Unit = { indicators: Array<{ key: string; numerator: number; denominator: number }> };
    const sum = (units: Unit[]) => {
      const totals: Record<string, [number, number]> = {};
      for (const unit of units) for (const v of unit.indicators) {
        const [n, d] = totals[v.key] ?? [0, 0];
        totals[v.key] = [n + v.numerator, d + v.denominator];
      }
      return totals;
    };
    const own = (unit: Unit) => Object.fromEntries(unit.indicators.map((v) => [v.key, [v.numerator, v.denominator]]));
    const region = data?.division;
    expect(own(region)).toEqual(sum(region.children));
    for (const city of region.children) {
      if (city.children.length > 0) expect(own(city)).toEqual(sum(city.children));
      for (const county of city.children) if (county.sites.nodes.length > 0) expect(own(county)).toEqual(sum(county.sites.nodes));
    }
    expect(own(region).MOVE_IN_RATE).toEqual([9, 12]);
  });

  it('answers a region with all its cities in one aggregation statement', async () => {
    await api.tokenFor('admin');
    const query = (withChildren: boolean) =>
      `{ division(code: "450000") { indicators { key value } ${withChildren ? 'children { name indicators { key value } }' : ''} } }`;
    const alone = await api.countStatements(() => api.as('admin', query(false)));
    const withChildren = await api.countStatements(() => api.as('admin', query(true)));
    expect(withChildren).toBe(alone + 1); // + the children lookup; the 14 cities share the one rollup
  });

  it('answers from the figures as they last stood while a rebuild runs elsewhere, and says as of when', async () => {
    const query = `{ division(code: "450123") { indicatorsAsOf indicators(keys: [MOVE_IN_RATE]) { numerator denominator } } }`;
    const settled = await api.as('admin', query);
    expect(settled.errors).toBeUndefined();
    const { rows: [{ refreshedAt }] } = await api.db.query(`SELECT refreshed_at AS "refreshedAt" FROM site_figures_state`);
    const rebuild = await api.db.connect();
    try {
      await rebuild.query('BEGIN');
      await rebuild.query(`SELECT pg_advisory_xact_lock($1)`, [SITE_FIGURES_REFRESH_LOCK]);
      // A write that needs a refresh: the reader must not wait for the one that holds the lock.
      await api.db.query(`UPDATE household SET moved_in = NOT moved_in WHERE code = 'H1'`);
      const during = await api.as('admin', query);
      expect(during.errors).toBeUndefined();
      expect(during.data?.division.indicators).toEqual(settled.data?.division.indicators);
      expect(new Date(during.data?.division.indicatorsAsOf).getTime()).toBe(new Date(refreshedAt).getTime());
    } finally {
      await rebuild.query('ROLLBACK');
      rebuild.release();
    }
    await api.db.query(`UPDATE household SET moved_in = NOT moved_in WHERE code = 'H1'`);
    const after = await api.as('admin', query);
    expect(after.data?.division.indicators).toEqual(settled.data?.division.indicators);
    expect(new Date(after.data?.division.indicatorsAsOf).getTime()).toBeGreaterThan(new Date(refreshedAt).getTime());
  });

  it('computes within the caller’s jurisdiction only', async () => {
    const county = await api.as('longan', `{ division(code: "450123") { indicators(keys: [MOVE_IN_RATE]) { numerator denominator } } }`);
    expect(county.data?.division.indicators).toEqual([{ numerator: 4, denominator: 7 }]);
    const region = await api.as('longan', `{ division(code: "450000") { indicators { key } } }`);
    expect(region.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const otherSite = await api.as('longan', `query($id: ID!) { site(id: $id) { indicators { key } } }`, { id: site.B1 });
    expect(otherSite.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const city = await api.as('nanning', `{ division(code: "450100") { indicators(keys: [MOVE_IN_RATE]) { numerator denominator } } }`);
    expect(city.data?.division.indicators).toEqual([{ numerator: 4, denominator: 7 }]);
  });

  it('lists the catalog with names, directions and composite weights', async () => {
    const { data } = await api.as('longan', `{ indicatorDefinitions { key nameZh unit direction weight } }`);
    const byKey = Object.fromEntries(data?.indicatorDefinitions.map((d: { key: string }) => [d.key, d]));
    expect(byKey.MOVE_IN_RATE).toMatchObject({ nameZh: '搬迁入住率', unit: 'RATIO', direction: 'HIGHER_IS_BETTER' });
    expect(byKey.REDLINE_VIOLATIONS).toMatchObject({ unit: 'COUNT', direction: 'LOWER_IS_BETTER', weight: 0 });
    const refused = await api.as('longan', `mutation { setIndicatorWeight(key: MOVE_IN_RATE, weight: 5) { key } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const changed = await api.as('admin', `mutation { setIndicatorWeight(key: MOVE_IN_RATE, weight: 5) { key weight } }`);
    expect(changed.data?.setIndicatorWeight.find((d: { key: string }) => d.key === 'MOVE_IN_RATE').weight).toBe(5);
  });

  it('names in each facility indicator the kinds it counts, as the facility kinds are named', async () => {
    const { rows } = await api.db.query<{ code: string; name: string }>(`SELECT code, name FROM facility_kind`);
    const names = new Map(rows.map((row) => [row.code, row.name]));
    const { data } = await api.as('admin', `{ indicatorDefinitions { key numeratorZh } }`);
    const numerators = new Map(data?.indicatorDefinitions.map((d: { key: string; numeratorZh: string }) => [d.key, d.numeratorZh]));
    for (const [key, kinds] of Object.entries(FACILITY_COVERAGE_KINDS)) {
      for (const kind of kinds) expect(kind.nameZh).toBe(names.get(kind.code));
      expect(numerators.get(key)).toBe(`有${kinds.map((k) => names.get(k.code)).join('或')}投入使用的安置点`);
    }
  });
});
