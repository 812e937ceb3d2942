import { ApiHarness } from '../support/api-harness';
import {
  addPerson,
  badFields,
  createHousehold,
  createSite,
  HOUSEHOLD_FIELDS,
  householdInput,
  PERSON_FIELDS,
  personInput,
  siteInput,
} from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';

const CREATE_HOUSEHOLD = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const UPDATE_HOUSEHOLD = `mutation($id: ID!, $version: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $version, input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const ADD_PERSON = `mutation($input: AddPersonInput!) { addPerson(input: $input) { ${PERSON_FIELDS} } }`;
const PERSON_LEFT = `mutation($id: ID!, $reason: LeaveReason!, $date: Date!) { recordPersonLeft(id: $id, reason: $reason, date: $date) { ${PERSON_FIELDS} } }`;

describe('registry records over HTTP GraphQL', () => {
  let api: ApiHarness;
  let siteId: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    siteId = (await createSite(api, 'longan', siteInput('450123', 'LA-01', { facilities: [{ kindCode: 'PRIMARY_SCHOOL', status: 'IN_USE' }] }))).id;
  });
  afterAll(() => api.stop());

  it('refuses anonymous callers', async () => {
    const response = await api.graphql(`{ households { totalCount } }`);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it('creates a site in the caller’s county with its facilities and county', async () => {
    const response = await api.as('longan', `{ site(id: "${siteId}") { code county { code name level } facilities { kindCode status } } }`);
    expect(response.data?.site).toEqual({
      code: 'LA-01',
      county: { code: '450123', name: '隆安县', level: 'COUNTY' },
      facilities: [{ kindCode: 'PRIMARY_SCHOOL', status: 'IN_USE' }],
    });
  });

  it('rejects a site in a county that does not exist or an unknown facility kind, writing nothing', async () => {
    const before = await api.recordCounts();
    const response = await api.as('longan', `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
      input: siteInput('459999', 'LA-X'),
    });
    expect(badFields(response)).toEqual(['countyCode']);
    const facility = await api.as('longan', `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
      input: siteInput('450123', 'LA-Y', { facilities: [{ kindCode: 'CASINO', status: 'BUILT' }] }),
    });
    expect(badFields(facility)).toEqual(['facilities.0.kindCode']);
    expect(await api.recordCounts()).toEqual(before);
  });

  it.each([
    ['beneficiaryCount', { beneficiaryCount: 0 }],
    ['laborCount', { beneficiaryCount: 2, laborCount: 3 }],
    ['relocationYear', { relocationYear: 2015 }],
    ['relocationYear', { relocationYear: 2021 }],
    ['housingArea', { housingArea: 0 }],
    ['selfFunding', { selfFunding: -1 }],
    ['movedInOn', { movedIn: true, movedInOn: '2999-01-01' }],
    ['headIdNumber', { headIdNumber: '450123197503080017' }], // check character should be 0
    ['headIdNumber', { headIdNumber: '45012319750308' }],
    ['siteId', { siteId: '00000000-0000-4000-8000-000000000000' }],
    ['householdType', { householdType: 'RICH' }],
    ['oldHouseExemptReason', { oldHouseDisposition: 'EXEMPT' }],
  ])('rejects bad %s on createHousehold and writes nothing', async (field, change) => {
    const before = await api.recordCounts();
    const response = await api.as('longan', CREATE_HOUSEHOLD, { input: householdInput(siteId, `BAD-${field}`, change) });
    expect(badFields(response)).toContain(field);
    expect(response.errors?.[0].extensions?.fields?.every((f) => f.reason.length > 0)).toBe(true);
    expect(await api.recordCounts()).toEqual(before);
  });

  it('accepts an ID number with a retired place code (横县 450127)', async () => {
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-OLD', { headIdNumber: residentId('450127', '1960-05-05', 'MALE') }));
    expect(household.version).toBe(1);
  });

  it('updates with the current version and reports a stale version as CONFLICT without writing', async () => {
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-0001'));
    const first = await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { housingArea: 90, movedIn: true, movedInOn: '2019-06-01' } });
    expect(first.data?.updateHousehold).toMatchObject({ version: 2, housingArea: 90, movedIn: true });
    const stale = await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { housingArea: 50 } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { rows } = await api.db.query(`SELECT housing_area::float AS area, version FROM household WHERE id = $1`, [household.id]);
    expect(rows[0]).toEqual({ area: 90, version: 2 });
  });

  it('reports bad values written into the query text as BAD_USER_INPUT naming each field, writing nothing', async () => {
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-0003'));
    const response = await api.as('longan', `mutation { updateHousehold(id: "${household.id}", version: 1, input: { movedInOn: "2026-02-30", housingArea: "big" }) { id } }`);
    expect(response.errors?.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', fields: [{ field: 'movedInOn', reason: expect.stringContaining('2026-02-30') }] },
      { code: 'BAD_USER_INPUT', fields: [{ field: 'housingArea', reason: expect.stringContaining('big') }] },
    ]);
    const paging = await api.as('longan', `{ households(first: "many") { totalCount } }`);
    expect(paging.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', reason: expect.any(String) }] });
    // Not every validation error is about a value: an unknown field stays what it is.
    const unknown = await api.as('longan', `{ households(first: 1) { colour } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { rows } = await api.db.query(`SELECT moved_in_on, version FROM household WHERE id = $1`, [household.id]);
    expect(rows[0]).toEqual({ moved_in_on: null, version: 1 });
  });

  it('judges an update together with the values it leaves unchanged', async () => {
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-0002', { beneficiaryCount: 3, laborCount: 3 }));
    const response = await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { beneficiaryCount: 2 } });
    expect(badFields(response)).toEqual(['laborCount']);
    const { rows } = await api.db.query(`SELECT beneficiary_count, version FROM household WHERE id = $1`, [household.id]);
    expect(rows[0]).toEqual({ beneficiary_count: 3, version: 1 });
  });

  describe('persons', () => {
    let householdId: string;
    beforeAll(async () => {
      householdId = (await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-0100'))).id;
    });

    it('checks the ID number against the stated birth date and gender, writing nothing', async () => {
      const before = await api.recordCounts();
      const wrongDate = await api.as('longan', ADD_PERSON, { input: personInput(householdId, 1, { birthDate: '1990-01-02' }) });
      expect(badFields(wrongDate)).toEqual(['idNumber']);
      const wrongGender = await api.as('longan', ADD_PERSON, { input: personInput(householdId, 1, { gender: 'MALE' }) });
      expect(badFields(wrongGender)).toEqual(['idNumber']);
      const futureBirth = await api.as('longan', ADD_PERSON, { input: personInput(householdId, 1, { birthDate: '2999-01-01' }) });
      expect(badFields(futureBirth)).toContain('birthDate');
      expect(await api.recordCounts()).toEqual(before);
    });

    it('keeps ID numbers unique among active persons only, and never deletes anyone', async () => {
      const person = await addPerson(api, 'longan', personInput(householdId, 7));
      const duplicate = await api.as('longan', ADD_PERSON, { input: personInput(householdId, 7, { name: '重复' }) });
      expect(badFields(duplicate)).toEqual(['idNumber']);

      const future = await api.as('longan', PERSON_LEFT, { id: person.id, reason: 'MOVED_AWAY', date: '2999-01-01' });
      expect(badFields(future)).toEqual(['date']);
      const left = await api.as('longan', PERSON_LEFT, { id: person.id, reason: 'MOVED_AWAY', date: '2024-02-01' });
      expect(left.data?.recordPersonLeft).toMatchObject({ leftOn: '2024-02-01', leaveReason: 'MOVED_AWAY', active: false });
      const again = await api.as('longan', PERSON_LEFT, { id: person.id, reason: 'DEATH', date: '2024-03-01' });
      expect(badFields(again)).toEqual(['id']);

      const returned = await addPerson(api, 'longan', personInput(householdId, 7, { name: '返回' }));
      expect(returned.id).not.toBe(person.id);
      const { rows } = await api.db.query(`SELECT count(*)::int n FROM person WHERE id_number = $1`, [residentId('450123', '1990-01-01', 'FEMALE', 7)]);
      expect(rows[0].n).toBe(2);
    });

    it('lists a household’s members head first, then in register order, however they are updated', async () => {
      // The head is the member the household was created with: here, 成员23.
      const family = (await createHousehold(api, 'longan', householdInput(siteId, 'LA-01-0101', { headName: '成员23', headIdNumber: residentId('450123', '1972-02-02', 'MALE', 23) }))).id;
      const member = (serial: number, relation: string, gender: string, birthDate: string, extra: Record<string, unknown> = {}) =>
        addPerson(api, 'longan', personInput(family, serial, { name: `成员${serial}`, relation, gender, birthDate, idNumber: residentId('450123', birthDate, gender as 'MALE' | 'FEMALE', serial), ...extra }));
      const newborn = await member(21, 'GRANDCHILD', 'MALE', '2024-06-01', { joinedOn: '2024-06-01', joinReason: 'BIRTH' });
      const child = await member(22, 'CHILD', 'FEMALE', '2001-03-03');
      await member(24, 'SPOUSE', 'FEMALE', '1974-04-04');
      const names = async () => (await api.as('longan', `{ household(id: "${family}") { persons { name } } }`)).data?.household.persons.map((p: { name: string }) => p.name);
      const expected = ['成员23', '成员24', '成员22', '成员21'];
      expect(await names()).toEqual(expected);

      // Updates write new row versions, which moves them on disk: the order must not follow.
      const UPDATE_PERSON = `mutation($id: ID!, $version: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id } }`;
      for (const [person, name] of [[child, '成员22'], [newborn, '成员21']] as const) {
        const updated = await api.as('longan', UPDATE_PERSON, { id: person.id, version: person.version, input: { name } });
        expect(updated.errors).toBeUndefined();
      }
      expect(await names()).toEqual(expected);
    });

    it('masks ID numbers for reviewing roles and shows them to data entry', async () => {
      const query = `{ household(id: "${householdId}") { headIdNumber persons { idNumber } } }`;
      const full = await api.as('longan', query);
      const masked = await api.as('nanning', query);
      expect(full.data?.household.headIdNumber).toMatch(/^4501231975\d{8}$/);
      expect(full.data?.household.persons[0].idNumber).toBe(full.data?.household.headIdNumber);
      expect(masked.data?.household.headIdNumber).toMatch(/^450123\*{8}\d{3}[\dX]$/);
      expect(masked.data?.household.persons.every((p: { idNumber: string }) => p.idNumber.includes('********'))).toBe(true);
    });
  });

  describe('households connection', () => {
    let pagedSite: string;
    beforeAll(async () => {
      pagedSite = (await createSite(api, 'longan', siteInput('450123', 'LA-PAGE'))).id;
      for (let i = 0; i < 60; i += 1) {
        const household = await createHousehold(api, 'longan', householdInput(pagedSite, `P-${String(i).padStart(3, '0')}`, { movedIn: i % 2 === 0 }));
        await addPerson(api, 'longan', personInput(household.id, 100 + i * 2));
        await addPerson(api, 'longan', personInput(household.id, 101 + i * 2));
      }
    });

    it('pages with cursors and counts the whole filter', async () => {
      const query = `query($after: String) { households(filter: { siteId: "${pagedSite}", movedIn: true }, first: 20, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } nodes { code } } }`;
      const codes: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await api.as('longan', query, { after })).data?.households;
        expect(page.totalCount).toBe(30);
        codes.push(...page.nodes.map((n: { code: string }) => n.code));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(codes).toHaveLength(30);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(30);
    });

    it('rejects a forged cursor as bad input', async () => {
      const response = await api.as('longan', `{ households(first: 5, after: "bm9wZQ") { totalCount } }`);
      expect(badFields(response)).toEqual(['after']);
    });

    it.each([2015, 2_000_000_000])('rejects relocation year %d in a filter as bad input', async (year) => {
      const response = await api.as('longan', `query($f: HouseholdFilter) { households(filter: $f) { nodes { code } } }`, { f: { relocationYear: year } });
      expect(badFields(response)).toEqual(['relocationYear']);
    });

    it('uses a bounded number of SQL statements whatever the page size (no N+1)', async () => {
      const query = (first: number) => `{ households(filter: { siteId: "${pagedSite}" }, first: ${first}) { nodes { code persons { name } } } }`;
      await api.tokenFor('longan');
      const small = await api.countStatements(() => api.as('longan', query(5)));
      const large = await api.countStatements(() => api.as('longan', query(50)));
      expect(large).toBe(small);
      // The page with its members, in one statement; a token used a moment ago is not looked up again.
      expect(large).toBe(1);
    });
    it('loads only the columns a page asks for, and answers exactly what whole records give', async () => {
      const fields = 'id code headName headIdNumber movedIn housingArea persons { name idNumber active leftOn monthlyWage }';
      const page = (await api.as('longan', `{ households(filter: { siteId: "${pagedSite}" }, first: 4) { nodes { ${fields} } } }`)).data?.households.nodes;
      expect(page).toHaveLength(4);
      for (const node of page) {
        // household(id) loads whole rows through TypeORM: the reference for every field.
        const whole = (await api.as('longan', `query($id: ID!) { household(id: $id) { ${fields} } }`, { id: node.id })).data?.household;
        expect(node).toEqual(whole);
        expect(node.persons).toHaveLength(3); // the head and two members
      }
    });

    it('counts the whole filter only when the count is asked for', async () => {
      const query = (count: string) => `{ households(filter: { siteId: "${pagedSite}" }, first: 5) { ${count} nodes { code } } }`;
      await api.tokenFor('longan');
      const counted = await api.countStatements(() => api.as('longan', query('totalCount')));
      const uncounted = await api.countStatements(() => api.as('longan', query('')));
      expect(uncounted).toBe(counted - 1);
    });
  });

  it('refuses a query too expensive to answer before running it', async () => {
    const response = await api.as('longan', `{ households(first: 100) { nodes { persons { history { actor changes } } site { households(first: 100) { nodes { persons { history { actor } } } } } } } }`);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.data).toBeUndefined();
  });

  it('shows a county platform with its sites, and its city only to those who may see it', async () => {
    const county = await api.as('longan', `{ division(code: "450123") { name level parent { code } sites(first: 100) { totalCount nodes { code } } } }`);
    expect(county.data?.division).toMatchObject({ name: '隆安县', level: 'COUNTY', parent: null });
    expect(county.data?.division.sites.totalCount).toBeGreaterThanOrEqual(2);
    const city = await api.as('nanning', `{ division(code: "450100") { name children { code } } }`);
    expect(city.data?.division.children.map((c: { code: string }) => c.code)).toContain('450123');
    expect(city.data?.division.children).toHaveLength(12);
    const outside = await api.as('longan', `{ division(code: "450100") { name } }`);
    expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
