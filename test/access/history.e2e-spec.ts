import { ApiHarness } from '../support/api-harness';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';

const UPDATE_HOUSEHOLD = `mutation($id: ID!, $version: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $version, input: $input) { version } }`;
const HISTORY = `query($id: ID!) { household(id: $id) { history { at actor operation changes } persons { history { actor operation changes } } } }`;

describe('history kept by the database', () => {
  let api: ApiHarness;
  let siteId: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    siteId = (await createSite(api, 'longan', siteInput('450123', 'H-SITE'))).id;
  });
  afterAll(() => api.stop());

  async function snapshot(table: string, id: string): Promise<Record<string, unknown>> {
    const { rows } = await api.db.query(`SELECT to_jsonb(t) - 'sys_period' AS row FROM ${table} t WHERE id = $1`, [id]);
    return rows[0].row;
  }

  async function asOf(table: string, id: string, instant: string): Promise<Record<string, unknown> | undefined> {
    const { rows } = await api.db.query(`SELECT to_jsonb(t) - 'sys_period' AS row FROM ${table}_as_of($2) t WHERE id = $1`, [id, instant]);
    return rows[0]?.row;
  }

  const dbNow = async (): Promise<string> => (await api.db.query(`SELECT clock_timestamp()::text AS now`)).rows[0].now;

  it('reconstructs households and persons exactly as they were at any past instant', async () => {
    const beforeCreation = await dbNow();
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'H-0001'));
    const person = await addPerson(api, 'longan', personInput(household.id, 1));
    const original = { household: await snapshot('household', household.id), person: await snapshot('person', person.id) };
    const afterCreation = await dbNow();

    await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { housingArea: 95, movedIn: true, movedInOn: '2020-01-10' } });
    const middle = await snapshot('household', household.id);
    const afterFirstEdit = await dbNow();
    await api.as('admin', UPDATE_HOUSEHOLD, { id: household.id, version: 2, input: { selfFunding: 500 } });
    await api.as('longan', `mutation($id: ID!) { recordPersonLeft(id: $id, reason: DEATH, date: "2025-03-01") { id } }`, { id: person.id });

    expect(await asOf('household', household.id, beforeCreation)).toBeUndefined();
    expect(await asOf('household', household.id, afterCreation)).toEqual(original.household);
    expect(await asOf('person', person.id, afterCreation)).toEqual(original.person);
    expect(await asOf('household', household.id, afterFirstEdit)).toEqual(middle);
    expect(await asOf('household', household.id, await dbNow())).toEqual(await snapshot('household', household.id));
    expect((await asOf('person', person.id, await dbNow()))?.left_on).toBe('2025-03-01');
  });

  it('answers who changed what, oldest first, within the caller’s scope', async () => {
    const household = await createHousehold(api, 'longan', householdInput(siteId, 'H-0002'));
    await addPerson(api, 'longan', personInput(household.id, 2));
    await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { housingArea: 70 } });
    await api.as('admin', UPDATE_HOUSEHOLD, { id: household.id, version: 2, input: { roomNumber: '3-201', housingArea: 72 } });

    const { data } = await api.as('longan', HISTORY, { id: household.id });
    const history = data?.household.history;
    expect(history.map((e: { actor: string; operation: string }) => [e.operation, e.actor])).toEqual([
      ['CREATE', 'longan'],
      ['UPDATE', 'longan'],
      ['UPDATE', 'admin'],
    ]);
    expect(history[0].changes.headName).toEqual({ from: null, to: '韦建国' });
    expect(history[1].changes).toEqual({ housingArea: { from: 80, to: 70 } });
    expect(history[2].changes).toEqual({ housingArea: { from: 70, to: 72 }, roomNumber: { from: null, to: '3-201' } });
    expect(new Date(history[0].at).getTime()).toBeLessThan(new Date(history[2].at).getTime());
    // The head, created with the household, comes first; then the member added after.
    expect(data?.household.persons[1].history[0].changes.idNumber.to).toBe(residentId('450123', '1990-01-01', 'FEMALE', 2));

    const masked = await api.as('nanning', HISTORY, { id: household.id });
    expect(masked.data?.household.history[0].changes.headIdNumber.to).toMatch(/^450123\*{8}/);
    expect(masked.data?.household.persons[0].history[0].changes.idNumber.to).toMatch(/^450123\*{8}/);
  });

  it('keeps each history table in step with its record table (a migration must change both)', async () => {
    const { rows } = await api.db.query(`
      SELECT t.table_name, string_agg(t.column_name || ':' || t.data_type, ',' ORDER BY t.ordinal_position) AS columns
      FROM information_schema.columns t WHERE t.table_schema = 'public'
        AND t.table_name IN ('site', 'site_history', 'household', 'household_history', 'person', 'person_history')
      GROUP BY t.table_name`);
    const columns = Object.fromEntries(rows.map((row) => [row.table_name, row.columns]));
    for (const table of ['site', 'household', 'person']) expect(columns[`${table}_history`]).toBe(columns[table]);
  });
});
