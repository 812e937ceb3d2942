import { ApiHarness } from '../support/api-harness';
import { siteInput } from '../support/registry-fixtures';

const USERS = `query($c: ID) { users(divisionCode: $c) { username role jurisdiction active } }`;

describe('users: the accounts an administrator manages', () => {
  let api: ApiHarness;
  let siteA: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    const site = await api.as('admin', `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, { input: siteInput('450123', 'A') });
    siteA = site.data!.createSite.id;
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('longan-site', 'SITE_STAFF', siteA);
    await api.createUser('tianlin', 'COUNTY_STAFF', '451029');
  });
  afterAll(() => api.stop());

  const usernames = async (divisionCode?: string) => {
    const response = await api.as('admin', USERS, { c: divisionCode ?? null });
    expect(response.errors).toBeUndefined();
    return response.data!.users.map((u: { username: string }) => u.username);
  };

  it('lists the whole jurisdiction by username, site staff included', async () => {
    expect(await usernames()).toEqual(['admin', 'longan', 'longan-site', 'nanning', 'tianlin']);
  });

  it('narrows to a division: its own accounts, those below it and its sites’ staff, nobody beside it', async () => {
    expect(await usernames('450100')).toEqual(['longan', 'longan-site', 'nanning']);
    expect(await usernames('450123')).toEqual(['longan', 'longan-site']);
    expect(await usernames('451000')).toEqual(['tianlin']);
  });

  it('shows a deactivated account as inactive', async () => {
    const { data } = await api.as('admin', USERS, { c: '451029' });
    const id = (await api.db.query(`SELECT id FROM app_user WHERE username = 'tianlin'`)).rows[0].id;
    await api.as('admin', `mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id });
    const after = await api.as('admin', USERS, { c: '451029' });
    expect(data!.users[0].active).toBe(true);
    expect(after.data!.users).toEqual([{ username: 'tianlin', role: 'COUNTY_STAFF', jurisdiction: '451029', active: false }]);
  });

  it('refuses a division that is not one, and everyone but administrators', async () => {
    expect((await api.as('admin', USERS, { c: 'not-a-code' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const city = await api.as('nanning', USERS, { c: '450100' });
    expect(city.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(city.data?.users ?? null).toBeNull();
  });
});
