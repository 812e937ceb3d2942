/**
 * The head of household (户主) is a person of the household: created with it from its head
 * fields, exactly one active head, and a resident ID that no other active person — head or
 * member, in this county or another — carries.
 */
import { ApiHarness } from '../support/api-harness';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';

const CREATE = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id version headIdNumber persons { id version name idNumber relation gender birthDate ethnicity } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $version, input: $input) { id version headName headIdNumber } }`;
const UPDATE_PERSON = `mutation($id: ID!, $version: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id version relation } }`;

describe('the head of household', () => {
  let api: ApiHarness;
  let longanSite: string;
  let bobaiSite: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    longanSite = (await createSite(api, 'longan', siteInput('450123', 'HH-A'))).id;
    bobaiSite = (await createSite(api, 'bobai', siteInput('450923', 'HH-B'))).id;
  });
  afterAll(() => api.stop());

  const counts = () => api.recordCounts();
  const badFieldsOf = (response: { errors?: Array<{ extensions?: { code?: string; fields?: Array<{ field: string }> } }> }) => {
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return response.errors?.[0]?.extensions?.fields?.map((f) => f.field);
  };

  it('is created with the household, as a member with the gender and birth date its ID gives', async () => {
    const headIdNumber = residentId('450123', '1968-11-30', 'FEMALE', 7);
    const response = await api.as('longan', CREATE, { input: householdInput(longanSite, 'HH-1', { headName: '黄秀英', headIdNumber, headEthnicity: 'YAO' }) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createHousehold.persons).toEqual([
      expect.objectContaining({ name: '黄秀英', idNumber: headIdNumber, relation: 'HEAD', gender: 'FEMALE', birthDate: '1968-11-30', ethnicity: 'YAO' }),
    ]);
  });

  it('refuses a head whose resident ID an active person already carries, in any county, and writes nothing', async () => {
    const taken = residentId('450123', '1970-01-01', 'MALE', 9);
    await createHousehold(api, 'longan', householdInput(longanSite, 'HH-2', { headIdNumber: taken }));
    const member = residentId('450123', '1990-01-01', 'FEMALE', 33);
    const withMember = await createHousehold(api, 'longan', householdInput(longanSite, 'HH-3'));
    await addPerson(api, 'longan', personInput(withMember.id, 33, { idNumber: member }));
    const before = await counts();
    for (const [user, site, idNumber] of [
      ['longan', longanSite, taken],
      ['bobai', bobaiSite, taken], // another county: still the same person
      ['longan', longanSite, member], // an active member of another household
    ] as const) {
      const response = await api.as(user, CREATE, { input: householdInput(site, `HH-DUP-${user}-${idNumber.slice(-4)}`, { headIdNumber: idNumber }) });
      expect(badFieldsOf(response)).toEqual(['headIdNumber']);
    }
    expect(await counts()).toEqual(before);
  });

  it('has exactly one active head: no second head is added or made, and the head stays the head', async () => {
    const household = (await api.as('longan', CREATE, { input: householdInput(longanSite, 'HH-4') })).data?.createHousehold;
    const before = await counts();
    const second = await api.as('longan', `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`, {
      input: personInput(household.id, 41, { relation: 'HEAD' }),
    });
    expect(badFieldsOf(second)).toEqual(['relation']);
    expect(await counts()).toEqual(before);

    const child = await addPerson(api, 'longan', personInput(household.id, 42));
    expect(badFieldsOf(await api.as('longan', UPDATE_PERSON, { id: child.id, version: child.version, input: { relation: 'HEAD' } }))).toEqual(['relation']);
    const head = household.persons[0];
    expect(badFieldsOf(await api.as('longan', UPDATE_PERSON, { id: head.id, version: head.version, input: { relation: 'CHILD' } }))).toEqual(['relation']);
    const { rows } = await api.db.query(`SELECT count(*)::int AS heads FROM person WHERE household_id = $1 AND relation = 'HEAD' AND left_on IS NULL`, [household.id]);
    expect(rows[0].heads).toBe(1);
  });

  it('follows the household: a corrected head ID or name is the head member’s, and refused when taken', async () => {
    const household = (await api.as('longan', CREATE, { input: householdInput(longanSite, 'HH-5') })).data?.createHousehold;
    const corrected = residentId('450123', '1980-08-08', 'FEMALE', 5);
    const updated = await api.as('longan', UPDATE, { id: household.id, version: household.version, input: { headName: '罗美玲', headIdNumber: corrected } });
    expect(updated.data?.updateHousehold).toMatchObject({ headName: '罗美玲', headIdNumber: corrected });
    const { rows } = await api.db.query(`SELECT name, id_number, gender, birth_date::text FROM person WHERE household_id = $1 AND relation = 'HEAD'`, [household.id]);
    expect(rows).toEqual([{ name: '罗美玲', id_number: corrected, gender: 'FEMALE', birth_date: '1980-08-08' }]);

    const other = (await api.as('longan', CREATE, { input: householdInput(longanSite, 'HH-6') })).data?.createHousehold;
    const before = await counts();
    const clash = await api.as('longan', UPDATE, { id: other.id, version: other.version, input: { headIdNumber: corrected } });
    expect(badFieldsOf(clash)).toEqual(['headIdNumber']);
    expect(await counts()).toEqual(before);
    const { rows: unchanged } = await api.db.query(`SELECT version, head_id_number FROM household WHERE id = $1`, [other.id]);
    expect(unchanged[0]).toEqual({ version: other.version, head_id_number: other.headIdNumber });
  });

  it('is required: a household cannot be created without the head’s ethnicity', async () => {
    const before = await counts();
    const { headEthnicity: _omitted, ...input } = householdInput(longanSite, 'HH-7');
    const response = await api.as('longan', CREATE, { input });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });
});
