/**
 * Every operation of the contract × every role × a target inside and outside the caller's
 * jurisdiction, with the exact outcome of each cell. Generated from the table below; an
 * operation the schema has but the table lacks fails the suite.
 */
import { ApiHarness } from '../support/api-harness';
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

let serial = 0;
const next = () => (serial += 1);

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
};

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
