/**
 * Every operation of the contract × every role × a target inside and outside the caller's
 * jurisdiction, with the exact outcome of each cell. Generated from the table below; an
 * operation the schema has but the table lacks fails the suite.
 */
import { randomUUID } from 'node:crypto';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { householdInput, personInput, siteInput } from '../support/registry-fixtures';

type Outcome = 'OK' | 'EMPTY' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';
type Where = 'inside' | 'outside';
const ROLES = ['admin', 'region', 'city', 'county', 'site', 'checker'] as const;
type RoleUser = (typeof ROLES)[number];

interface Places {
  county: Record<Where, string>;
  site: Record<Where, string>;
  household: Record<Where, string>;
}

interface Cell {
  query: string;
  variables: Record<string, unknown>;
  /** For list results: the connection whose totalCount tells OK from EMPTY. */
  list?: (data: any) => { totalCount: number };
  /** Whether a refusal must leave the record counts untouched (writes). */
  write?: boolean;
}

type Expectations = Record<RoleUser, [Outcome, Outcome]>;
const READ_BY_SCOPE: Expectations = {
  admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'NOT_FOUND'], county: ['OK', 'NOT_FOUND'], site: ['OK', 'NOT_FOUND'], checker: ['OK', 'NOT_FOUND'],
};
const DIVISION_READ: Expectations = { ...READ_BY_SCOPE, site: ['NOT_FOUND', 'NOT_FOUND'] };
const UPDATE_RECORD: Expectations = {
  admin: ['OK', 'OK'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'NOT_FOUND'], county: ['OK', 'NOT_FOUND'], site: ['OK', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'],
};
const CREATE_UNDER_RECORD: Expectations = {
  admin: ['OK', 'OK'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'FORBIDDEN'], county: ['OK', 'BAD_USER_INPUT'], site: ['OK', 'BAD_USER_INPUT'], checker: ['FORBIDDEN', 'FORBIDDEN'],
};
const ADMIN_ONLY: Expectations = {
  admin: ['OK', 'OK'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'FORBIDDEN'], county: ['FORBIDDEN', 'FORBIDDEN'], site: ['FORBIDDEN', 'FORBIDDEN'], checker: ['FORBIDDEN', 'FORBIDDEN'],
};
const EVERYONE: Expectations = { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'OK'], county: ['OK', 'OK'], site: ['OK', 'OK'], checker: ['OK', 'OK'] };

let serial = 0;
const next = () => (serial += 1);

/** A validated import of a county by some other clerk, as the worker leaves it. */
async function importRunIn(api: ApiHarness, county: string): Promise<string> {
  const { rows } = await api.db.query<{ id: string }>(
    `INSERT INTO import_run (status, format, file_name, storage_key, imported_by, importer_id, importer_role, importer_jurisdiction, division_code)
     VALUES ('VALIDATED', 'XLSX', '搬迁户.xlsx', 'matrix/none.xlsx', 'another-clerk', $1, 'COUNTY_STAFF', $2, $2) RETURNING id`,
    [randomUUID(), county],
  );
  return rows[0].id;
}

/** A matched roster exchange of the city holding a county, by some other city clerk, as the worker leaves it. */
async function exchangeRunIn(api: ApiHarness, county: string): Promise<string> {
  const city = `${county.slice(0, 4)}00`;
  const { rows } = await api.db.query<{ id: string }>(
    `INSERT INTO import_run (status, kind, as_of, format, file_name, storage_key, imported_by, importer_id, importer_role, importer_jurisdiction, division_code)
     VALUES ('VALIDATED', 'EMPLOYMENT', '2026-01-31', 'XLSX', '就业名单.xlsx', 'matrix/none.xlsx', 'another-city-clerk', $1, 'CITY_STAFF', $2, $2) RETURNING id`,
    [randomUUID(), city],
  );
  return rows[0].id;
}
// Region and city staff only; a run of another city is as if it did not exist.
const EXCHANGE_READ: Expectations = {
  admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'NOT_FOUND'], county: ['FORBIDDEN', 'FORBIDDEN'], site: ['FORBIDDEN', 'FORBIDDEN'], checker: ['FORBIDDEN', 'FORBIDDEN'],
};

/** Each operation: how to build a cell (fresh targets for writes) and what each role gets. */
const MATRIX: Record<string, { expect: Expectations; cell: (api: ApiHarness, places: Places, where: Where) => Promise<Cell> }> = {
  me: { expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'OK'], county: ['OK', 'OK'], site: ['OK', 'OK'], checker: ['OK', 'OK'] }, cell: async () => ({ query: `{ me { username } }`, variables: {} }) },
  division: { expect: DIVISION_READ, cell: async (_api, p, w) => ({ query: `query($c: ID!) { division(code: $c) { name } }`, variables: { c: p.county[w] } }) },
  site: { expect: READ_BY_SCOPE, cell: async (_api, p, w) => ({ query: `query($id: ID!) { site(id: $id) { code } }`, variables: { id: p.site[w] } }) },
  household: { expect: READ_BY_SCOPE, cell: async (_api, p, w) => ({ query: `query($id: ID!) { household(id: $id) { code } }`, variables: { id: p.household[w] } }) },
  households: {
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'EMPTY'], county: ['OK', 'EMPTY'], site: ['OK', 'EMPTY'], checker: ['OK', 'EMPTY'] },
    cell: async (_api, p, w) => ({
      query: `query($c: ID) { households(filter: { divisionCode: $c }) { totalCount } }`,
      variables: { c: p.county[w] },
      list: (data) => data.households,
    }),
  },
  sites: {
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'EMPTY'], county: ['OK', 'EMPTY'], site: ['OK', 'EMPTY'], checker: ['OK', 'EMPTY'] },
    cell: async (_api, p, w) => ({
      query: `query($c: ID) { sites(filter: { divisionCode: $c }) { totalCount } }`,
      variables: { c: p.county[w] },
      list: (data) => data.sites,
    }),
  },
  indicatorDefinitions: {
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'OK'], county: ['OK', 'OK'], site: ['OK', 'OK'], checker: ['OK', 'OK'] },
    cell: async () => ({ query: `{ indicatorDefinitions { key weight } }`, variables: {} }),
  },
  setIndicatorWeight: {
    expect: ADMIN_ONLY,
    cell: async () => ({ query: `mutation { setIndicatorWeight(key: MOVE_IN_RATE, weight: 2) { key } }`, variables: {} }),
  },
  specialTasks: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { specialTasks(divisionCode: $c) { task } }`, variables: { c: p.county[w] } }),
  },
  recordSiteTask: {
    expect: UPDATE_RECORD,
    cell: async (_api, p, w) => ({
      query: `mutation($s: ID!) { recordSiteTask(siteId: $s, task: EDUCATION, input: { status: IN_PROGRESS, recordedOn: "2026-01-05" }) { status } }`,
      variables: { s: p.site[w] },
    }),
  },
  workNews: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { workNews(divisionCode: $c) { totalCount } }`, variables: { c: p.county[w] } }),
  },
  publishWorkNews: {
    expect: { ...DIVISION_READ, checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (_api, p, w) => ({
      query: `mutation($c: ID!) { publishWorkNews(input: { divisionCode: $c, title: "动态", body: "正文" }) { id } }`,
      variables: { c: p.county[w] },
    }),
  },
  monthlyReport: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { monthlyReport(period: "2025-01", divisionCode: $c) { period } }`, variables: { c: p.county[w] } }),
  },
  nationalEvaluation: {
    // Region, city and county staff only: a reviewing role is refused what it could otherwise see.
    expect: { ...DIVISION_READ, checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (_api, p, w) => ({
      query: `query($c: ID!, $d: String) { nationalEvaluation(divisionCode: $c, asOf: $d) { divisionCode } }`,
      // Today: the records of this suite were all entered today.
      variables: { c: p.county[w], d: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()) },
    }),
  },
  certification: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { certification(period: "2025-01", divisionCode: $c) { status } }`, variables: { c: p.county[w] } }),
  },
  certificationCorrections: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { certificationCorrections(period: "2025-01", divisionCode: $c) { id } }`, variables: { c: p.county[w] } }),
  },
  certifyMonth: {
    // County staff confirm their own county, within the month's window (long closed for 2025-01).
    expect: { admin: ['FORBIDDEN', 'FORBIDDEN'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'NOT_FOUND'], county: ['BAD_USER_INPUT', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (_api, p, w) => ({ query: `mutation($c: ID!) { certifyMonth(period: "2025-01", divisionCode: $c) { status } }`, variables: { c: p.county[w] }, write: true }),
  },
  returnCertification: {
    // A higher tier returns; 2025-01 was never confirmed, so those allowed are told there is nothing to return.
    expect: { admin: ['BAD_USER_INPUT', 'BAD_USER_INPUT'], region: ['BAD_USER_INPUT', 'BAD_USER_INPUT'], city: ['BAD_USER_INPUT', 'NOT_FOUND'], county: ['FORBIDDEN', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (_api, p, w) => ({ query: `mutation($c: ID!) { returnCertification(period: "2025-01", divisionCode: $c, reason: "数据有误") { status } }`, variables: { c: p.county[w] }, write: true }),
  },
  importRun: {
    expect: DIVISION_READ,
    cell: async (api, p, w) => ({ query: `query($id: ID!) { importRun(id: $id) { status } }`, variables: { id: await importRunIn(api, p.county[w]) } }),
  },
  imports: {
    // Site staff list only their own imports: none here, wherever they ask.
    expect: { ...DIVISION_READ, site: ['OK', 'OK'] },
    cell: async (api, p, w) => (await importRunIn(api, p.county[w]), { query: `query($c: ID!) { imports(divisionCode: $c) { id } }`, variables: { c: p.county[w] } }),
  },
  commitImport: {
    // Only the importer commits (history names them as the author); everyone who sees the run is refused.
    expect: { admin: ['FORBIDDEN', 'FORBIDDEN'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'NOT_FOUND'], county: ['FORBIDDEN', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (api, p, w) => ({ query: `mutation($id: ID!) { commitImport(id: $id) { status } }`, variables: { id: await importRunIn(api, p.county[w]) }, write: true }),
  },
  exchangeRun: {
    expect: EXCHANGE_READ,
    cell: async (api, p, w) => ({ query: `query($id: ID!) { exchangeRun(id: $id) { status summary { matched } } }`, variables: { id: await exchangeRunIn(api, p.county[w]) } }),
  },
  exchanges: {
    expect: EXCHANGE_READ,
    cell: async (api, p, w) => (await exchangeRunIn(api, p.county[w]), { query: `query($c: ID!) { exchanges(divisionCode: $c) { id } }`, variables: { c: p.county[w] } }),
  },
  commitExchange: {
    // Only who ran the exchange commits it (history names them); everyone else allowed to see it is refused.
    expect: { ...EXCHANGE_READ, admin: ['FORBIDDEN', 'FORBIDDEN'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (api, p, w) => ({ query: `mutation($id: ID!) { commitExchange(id: $id) { status } }`, variables: { id: await exchangeRunIn(api, p.county[w]) }, write: true }),
  },
  rankings: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID) { rankings(period: "2025-01", level: SITE, indicator: COMPOSITE, withinCode: $c) { unitCode } }`, variables: { c: p.county[w] } }),
  },
  generateMonthlyReport: {
    expect: ADMIN_ONLY,
    cell: async () => ({ query: `mutation { generateMonthlyReport(period: "2025-01") { id status } }`, variables: {} }),
  },
  reviseMonthlyReport: {
    expect: ADMIN_ONLY,
    cell: async (api) => ({
      query: `mutation($p: String!) { reviseMonthlyReport(period: $p, reason: "补录佐证材料") { id } }`,
      variables: { p: await publishedMonth(api) },
      write: true,
    }),
  },
  reportRun: {
    // Runs are region-wide work: region-level staff follow them.
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['NOT_FOUND', 'NOT_FOUND'], county: ['NOT_FOUND', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['NOT_FOUND', 'NOT_FOUND'] },
    cell: async (api) => {
      const run = await api.as('admin', `mutation { generateMonthlyReport(period: "2025-02") { id } }`);
      return { query: `query($id: ID!) { reportRun(id: $id) { status } }`, variables: { id: run.data?.generateMonthlyReport.id } };
    },
  },
  // Evidence, recognition, spot checks and the archive (SPEC §5).
  unrecognizedClaims: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { unrecognizedClaims(divisionCode: $c) { totalCount } }`, variables: { c: p.county[w] } }),
  },
  claimRules: {
    expect: EVERYONE,
    cell: async () => ({ query: `{ claimRules { claim evidenceKind } }`, variables: {} }),
  },
  evidenceFiles: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { evidenceFiles(filter: { divisionCode: $c }) { totalCount } }`, variables: { c: p.county[w] } }),
  },
  rejectEvidence: {
    // A reviewer above the uploader's tier (here: site staff) who can see the household.
    expect: { ...READ_BY_SCOPE, site: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (api, p, w) => ({
      query: `mutation($id: ID!) { rejectEvidence(id: $id, reason: "照片模糊") { rejectedAt } }`,
      variables: { id: await siteStaffEvidence(api, p.household[w]) },
      write: true,
    }),
  },
  createSpotCheck: {
    expect: { ...ADMIN_ONLY, region: ['OK', 'OK'], city: ['OK', 'NOT_FOUND'] },
    cell: async (_api, p, w) => ({
      query: `mutation($c: ID!) { createSpotCheck(divisionCode: $c, sites: 1, households: 1, seed: "matrix") { id } }`,
      variables: { c: p.county[w] },
      write: true,
    }),
  },
  spotCheck: {
    expect: DIVISION_READ,
    cell: async (api, p, w) => ({ query: `query($id: ID!) { spotCheck(id: $id) { seed } }`, variables: { id: await adminSpotCheck(api, p.county[w]) } }),
  },
  spotChecks: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID) { spotChecks(divisionCode: $c) { totalCount } }`, variables: { c: p.county[w] } }),
  },
  assignSpotCheck: {
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'NOT_FOUND'], county: ['FORBIDDEN', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['FORBIDDEN', 'NOT_FOUND'] },
    cell: async (api, p, w) => {
      const assignee = `chk${next()}`;
      await api.createUser(assignee, 'SPOT_CHECKER', p.county[w]);
      return { query: `mutation($id: ID!, $a: String!) { assignSpotCheck(id: $id, assignee: $a) { assignee } }`, variables: { id: await adminSpotCheck(api, p.county[w]), a: assignee } };
    },
  },
  recordSpotCheckResult: {
    // Only the assigned checker: inside it is the matrix's checker, outside a checker of that county.
    expect: { admin: ['FORBIDDEN', 'FORBIDDEN'], region: ['FORBIDDEN', 'FORBIDDEN'], city: ['FORBIDDEN', 'NOT_FOUND'], county: ['FORBIDDEN', 'NOT_FOUND'], site: ['NOT_FOUND', 'NOT_FOUND'], checker: ['OK', 'NOT_FOUND'] },
    cell: async (api, p, w) => {
      const assignee = w === 'inside' ? 'checker' : `chk${next()}`;
      if (w === 'outside') await api.createUser(assignee, 'SPOT_CHECKER', p.county[w]);
      const check = await api.as('admin', `query($id: ID!) { spotCheck(id: $id) { items { id } } }`, { id: await adminSpotCheck(api, p.county[w], assignee) });
      return {
        query: `mutation($id: ID!) { recordSpotCheckResult(itemId: $id, outcome: CONFIRMED) { outcome } }`,
        variables: { id: check.data?.spotCheck.items[0].id },
        write: true,
      };
    },
  },
  spotCheckDiscrepancyRates: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { spotCheckDiscrepancyRates(divisionCode: $c) { rate } }`, variables: { c: p.county[w] } }),
  },
  policyDocument: {
    expect: READ_BY_SCOPE,
    cell: async (api, p, w) => ({ query: `query($id: ID!) { policyDocument(id: $id) { title } }`, variables: { id: await adminCreate(api, 'createPolicyDocument', 'CreatePolicyDocumentInput', countyPolicy(p.county[w])) } }),
  },
  policyDocuments: {
    expect: { ...READ_BY_SCOPE, city: ['OK', 'EMPTY'], county: ['OK', 'EMPTY'], site: ['OK', 'EMPTY'], checker: ['OK', 'EMPTY'] },
    cell: async (api, p, w) => {
      const policy = countyPolicy(p.county[w]);
      await adminCreate(api, 'createPolicyDocument', 'CreatePolicyDocumentInput', policy);
      return { query: `query($s: String) { policyDocuments(search: $s) { totalCount } }`, variables: { s: policy.documentNumber }, list: (data) => data.policyDocuments };
    },
  },
  createPolicyDocument: {
    expect: { ...ADMIN_ONLY, region: ['OK', 'OK'], city: ['OK', 'FORBIDDEN'], county: ['OK', 'FORBIDDEN'] },
    cell: async (_api, p, w) => ({
      query: `mutation($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id } }`,
      variables: { input: countyPolicy(p.county[w]) },
      write: true,
    }),
  },
  shortfallProjects: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `query($c: ID!) { shortfallProjects(divisionCode: $c) { totalCount } }`, variables: { c: p.county[w] } }),
  },
  createShortfallProject: {
    expect: CREATE_UNDER_RECORD,
    cell: async (_api, p, w) => ({
      query: `mutation($input: CreateShortfallProjectInput!) { createShortfallProject(input: $input) { id } }`,
      variables: { input: { siteId: p.site[w], name: `项目${next()}`, category: 'EDUCATION' } },
      write: true,
    }),
  },
  reportShortfallProgress: {
    expect: CREATE_UNDER_RECORD,
    cell: async (api, p, w) => {
      const projectId = await adminCreate(api, 'createShortfallProject', 'CreateShortfallProjectInput', { siteId: p.site[w], name: `项目${next()}`, category: 'ROADS' });
      return {
        query: `mutation($input: ReportShortfallProgressInput!) { reportShortfallProgress(input: $input) { id } }`,
        variables: { input: { projectId, reportedOn: '2025-01-01', percent: 50 } },
        write: true,
      };
    },
  },
  createSite: {
    expect: { ...ADMIN_ONLY, county: ['OK', 'FORBIDDEN'] },
    cell: async (_api, p, w) => ({
      query: `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
      variables: { input: siteInput(p.county[w], `M-S-${next()}`) },
      write: true,
    }),
  },
  updateSite: {
    expect: UPDATE_RECORD,
    // The site itself, at its current version: site staff's jurisdiction is exactly site A.
    cell: async (api, p, w) => {
      const id = p.site[w];
      const { rows } = await api.db.query(`SELECT version FROM site WHERE id = $1`, [id]);
      return { query: `mutation($id: ID!, $v: Int!) { updateSite(id: $id, version: $v, input: { address: "新地址" }) { version } }`, variables: { id, v: rows[0].version }, write: true };
    },
  },
  createHousehold: {
    expect: CREATE_UNDER_RECORD,
    cell: async (_api, p, w) => ({
      query: `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      variables: { input: householdInput(p.site[w], `M-H-${next()}`) },
      write: true,
    }),
  },
  updateHousehold: {
    expect: UPDATE_RECORD,
    cell: async (api, p, w) => {
      const id = await adminCreate(api, 'createHousehold', 'CreateHouseholdInput', householdInput(p.site[w], `M-UH-${next()}`));
      return { query: `mutation($id: ID!) { updateHousehold(id: $id, version: 1, input: { roomNumber: "1-101" }) { version } }`, variables: { id }, write: true };
    },
  },
  addPerson: {
    expect: CREATE_UNDER_RECORD,
    cell: async (_api, p, w) => ({
      query: `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
      variables: { input: personInput(p.household[w], 100 + next()) },
      write: true,
    }),
  },
  updatePerson: {
    expect: UPDATE_RECORD,
    cell: async (api, p, w) => {
      const id = await adminCreate(api, 'addPerson', 'AddPersonInput', personInput(p.household[w], 100 + next()));
      return { query: `mutation($id: ID!) { updatePerson(id: $id, version: 1, input: { medicalInsured: true }) { version } }`, variables: { id }, write: true };
    },
  },
  recordPersonLeft: {
    expect: UPDATE_RECORD,
    cell: async (api, p, w) => {
      const id = await adminCreate(api, 'addPerson', 'AddPersonInput', personInput(p.household[w], 100 + next()));
      return { query: `mutation($id: ID!) { recordPersonLeft(id: $id, reason: MOVED_AWAY, date: "2025-01-01") { id } }`, variables: { id }, write: true };
    },
  },
  users: {
    expect: ADMIN_ONLY,
    cell: async (api, p, w) => {
      const username = `l${next()}`;
      await adminCreate(api, 'createUser', 'CreateUserInput', { username, password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: p.county[w] });
      return { query: `query($c: ID) { users(divisionCode: $c) { username } }`, variables: { c: p.county[w] } };
    },
  },
  createUser: {
    expect: ADMIN_ONLY,
    cell: async (_api, p, w) => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      variables: { input: { username: `u${next()}`, password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: p.county[w] } },
    }),
  },
  updateUser: {
    expect: ADMIN_ONLY,
    cell: async (api, p, w) => {
      const id = await adminCreate(api, 'createUser', 'CreateUserInput', { username: `v${next()}`, password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: p.county[w] });
      return { query: `mutation($id: ID!) { updateUser(id: $id, input: { email: "new@example.org" }) { id } }`, variables: { id } };
    },
  },
  deactivateUser: {
    expect: ADMIN_ONLY,
    cell: async (api, p, w) => {
      const id = await adminCreate(api, 'createUser', 'CreateUserInput', { username: `w${next()}`, password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: p.county[w] });
      return { query: `mutation($id: ID!) { deactivateUser(id: $id) { active } }`, variables: { id } };
    },
  },
  subscribeRedlineAlerts: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `mutation($c: ID!) { subscribeRedlineAlerts(divisionCode: $c) { alertSubscriptions } }`, variables: { c: p.county[w] } }),
  },
  unsubscribeRedlineAlerts: {
    expect: DIVISION_READ,
    cell: async (_api, p, w) => ({ query: `mutation($c: ID!) { unsubscribeRedlineAlerts(divisionCode: $c) { alertSubscriptions } }`, variables: { c: p.county[w] } }),
  },
  // Red lines (SPEC §7).
  redlineViolations: {
    expect: { admin: ['OK', 'OK'], region: ['OK', 'OK'], city: ['OK', 'EMPTY'], county: ['OK', 'EMPTY'], site: ['OK', 'EMPTY'], checker: ['OK', 'EMPTY'] },
    cell: async (api, p, w) => {
      // A household over the housing-area line (50 ㎡ per person) in the target's site, so there is something to find.
      await adminCreate(api, 'createHousehold', 'CreateHouseholdInput', householdInput(p.site[w], `M-RV-${next()}`, { housingArea: 200 }));
      return { query: `query($c: ID) { redlineViolations(divisionCode: $c) { totalCount } }`, variables: { c: p.county[w] }, list: (data) => data.redlineViolations };
    },
  },
  redlineRules: {
    expect: EVERYONE,
    cell: async () => ({ query: `{ redlineRules { rule threshold } }`, variables: {} }),
  },
  updateRedlineRule: {
    expect: ADMIN_ONLY,
    // The shipped threshold again: allowed or refused, the rules stay as they were for the other cells.
    cell: async () => ({ query: `mutation { updateRedlineRule(rule: HOUSING_AREA_PER_PERSON, threshold: 25) { threshold } }`, variables: {} }),
  },
};

/** A month with a published snapshot of its own (a header is enough to be revised), one per call. */
async function publishedMonth(api: ApiHarness): Promise<string> {
  const n = next();
  const period = `${2017 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  await api.db.query(`INSERT INTO monthly_report (period, generated_at, as_of, run_id) VALUES ($1, now(), now(), gen_random_uuid())`, [period]);
  return period;
}

/** An evidence row as site staff would have uploaded it (the file itself is never read here). */
async function siteStaffEvidence(api: ApiHarness, householdId: string): Promise<string> {
  const { rows } = await api.db.query(
    `INSERT INTO evidence (subject_type, subject_id, kind, sha256, size, mime_type, storage_key, original_name, uploaded_by, uploader_level)
     VALUES ('HOUSEHOLD', $1, 'MOVE_IN_PHOTO', md5($2) || md5($2), 1, 'image/jpeg', $2, 'x.jpg', 'site', 'SITE') RETURNING id`,
    [householdId, `2025/01/${randomUUID()}.jpg`],
  );
  return rows[0].id;
}

async function adminSpotCheck(api: ApiHarness, divisionCode: string, assignee?: string): Promise<string> {
  const response = await api.as('admin', `mutation($c: ID!, $a: String) { createSpotCheck(divisionCode: $c, sites: 1, households: 0, seed: "matrix", assignee: $a) { id } }`, {
    c: divisionCode,
    a: assignee ?? null,
  });
  if (!response.data?.createSpotCheck) throw new Error(`createSpotCheck as admin failed: ${JSON.stringify(response.errors)}`);
  return response.data.createSpotCheck.id;
}

const countyPolicy = (divisionCode: string) => ({
  title: '安置点管理办法',
  issuer: '县人民政府',
  documentNumber: `政发〔2020〕${next()}号`,
  level: 'COUNTY',
  divisionCode,
  issuedOn: '2020-01-01',
});

async function adminCreate(api: ApiHarness, mutation: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  const response = await api.as('admin', `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });
  const created = response.data?.[mutation];
  if (!created) throw new Error(`${mutation} as admin failed: ${JSON.stringify(response.errors)}`);
  return created.id;
}

describe('access matrix', () => {
  let api: ApiHarness;
  let places: Places;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    const siteA = await adminCreate(api, 'createSite', 'CreateSiteInput', siteInput('450123', 'A'));
    const siteB = await adminCreate(api, 'createSite', 'CreateSiteInput', siteInput('450923', 'B'));
    // Entered long ago: the past months the report cells start are not before the first record.
    await backdate(api, 'site', [siteA, siteB], '2024-01-01T00:00:00+08:00');
    places = {
      county: { inside: '450123', outside: '450923' },
      site: { inside: siteA, outside: siteB },
      household: {
        inside: await adminCreate(api, 'createHousehold', 'CreateHouseholdInput', householdInput(siteA, 'A-1')),
        outside: await adminCreate(api, 'createHousehold', 'CreateHouseholdInput', householdInput(siteB, 'B-1')),
      },
    };
    await api.createUser('region', 'REGION_STAFF', '450000');
    await api.createUser('city', 'CITY_STAFF', '450100');
    await api.createUser('county', 'COUNTY_STAFF', '450123');
    await api.createUser('site', 'SITE_STAFF', siteA);
    await api.createUser('checker', 'SPOT_CHECKER', '450123');
  });
  afterAll(() => api.stop());

  it('covers every query and mutation of the schema', async () => {
    const { data } = await api.as('admin', `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const schema = data!.__schema;
    const operations = [...schema.queryType.fields, ...schema.mutationType.fields].map((f: { name: string }) => f.name);
    expect(operations.filter((name) => name !== 'login').sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const cells = Object.entries(MATRIX).flatMap(([operation, row]) =>
    ROLES.flatMap((role) => (['inside', 'outside'] as const).map((where, i) => ({ operation, role, where, outcome: row.expect[role][i] }))),
  );

  it.each(cells)('$operation as $role $where its jurisdiction → $outcome', async ({ operation, role, where, outcome }) => {
    const cell = await MATRIX[operation].cell(api, places, where);
    const before = await api.recordCounts();
    const response = await api.as(role, cell.query, cell.variables);
    const code = response.errors?.[0]?.extensions?.code;
    const actual = code ?? (cell.list && cell.list(response.data).totalCount === 0 ? 'EMPTY' : 'OK');
    expect({ actual, message: response.errors?.[0]?.message }).toMatchObject({ actual: outcome });
    if (code && cell.write) expect(await api.recordCounts()).toEqual(before);
    if (code) expect(response.data?.[operation] ?? null).toBeNull();
  });

  it.each(Object.keys(MATRIX))('%s without a token → UNAUTHENTICATED', async (operation) => {
    const cell = await MATRIX[operation].cell(api, places, 'inside');
    const response = await api.graphql(cell.query, cell.variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await api.graphql(cell.query, cell.variables, 'not.a.token');
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
