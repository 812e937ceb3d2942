import { ApiHarness } from '../support/api-harness';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';

describe('query functions (SPEC §7)', () => {
  let api: ApiHarness;
  let siteA: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    siteA = (await createSite(api, 'longan', siteInput('450123', 'Q-A', {
      geohazardAssessed: true, constructionStatus: 'ACCEPTED', facilities: [{ kindCode: 'KINDERGARTEN', status: 'IN_USE' }],
    }))).id;
    await createSite(api, 'longan', siteInput('450123', 'Q-B', { constructionStatus: 'UNDER_CONSTRUCTION', facilities: [{ kindCode: 'KINDERGARTEN', status: 'PLANNED' }] }));

    const jobless = await createHousehold(api, 'longan', householdInput(siteA, 'Q-1', { oldHouseStructure: 'EARTH_WOOD', oldHouseDemolished: true }));
    await addPerson(api, 'longan', personInput(jobless.id, 1, { isLabour: true, employment: 'UNEMPLOYED' }));
    const working = await createHousehold(api, 'longan', householdInput(siteA, 'Q-2', { oldHouseStructure: 'BRICK_WOOD', povertyStatus: 'EXITED', povertyExitYear: 2020 }));
    await addPerson(api, 'longan', personInput(working.id, 2, { isLabour: true, employment: 'LOCAL_JOB' }));
    const left = await addPerson(api, 'longan', personInput(working.id, 3, { isLabour: true, employment: 'UNEMPLOYED' }));
    await api.as('longan', `mutation($id: ID!) { recordPersonLeft(id: $id, reason: MOVED_AWAY, date: "2024-01-01") { id } }`, { id: left.id });
    await createHousehold(api, 'longan', householdInput(siteA, 'Q-3', { actuallyResident: true, movedIn: true })); // nobody with labour
  });
  afterAll(() => api.stop());

  const codes = async (filter: Record<string, unknown>) => {
    const { data, errors } = await api.as('longan', `query($f: HouseholdFilter) { households(filter: $f) { nodes { code } } }`, { f: filter });
    expect(errors).toBeUndefined();
    return data?.households.nodes.map((n: { code: string }) => n.code);
  };

  it.each([
    [{ laborWithoutEmployment: true }, ['Q-1']],
    [{ laborWithoutEmployment: false }, ['Q-2']],
    [{ oldHouseStructure: 'EARTH_WOOD' }, ['Q-1']],
    [{ oldHouseDemolished: true }, ['Q-1']],
    [{ oldHouseDemolished: false, oldHouseStructure: 'BRICK_WOOD' }, ['Q-2']],
    [{ povertyStatus: 'EXITED' }, ['Q-2']],
    [{ actuallyResident: true }, ['Q-3']],
  ])('households(filter: %j) → %j', async (filter, expected) => {
    expect(await codes(filter)).toEqual(expected);
  });

  it.each([
    [{ geohazardAssessed: true }, ['Q-A']],
    [{ geohazardAssessed: false }, ['Q-B']],
    [{ accepted: true }, ['Q-A']],
    [{ accepted: false }, ['Q-B']],
    [{ constructionStatus: 'UNDER_CONSTRUCTION' }, ['Q-B']],
    [{ missingFacility: 'KINDERGARTEN' }, ['Q-B']],
    [{ missingFacility: 'MARKET' }, ['Q-A', 'Q-B']],
    [{ divisionCode: '450923' }, []],
  ])('sites(filter: %j) → %j', async (filter, expected) => {
    const { data, errors } = await api.as('longan', `query($f: SiteFilter) { sites(filter: $f) { totalCount nodes { code } } }`, { f: filter });
    expect(errors).toBeUndefined();
    expect(data?.sites.nodes.map((n: { code: string }) => n.code)).toEqual(expected);
    expect(data?.sites.totalCount).toBe(expected.length);
  });
});
