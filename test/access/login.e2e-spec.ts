import { JwtService } from '@nestjs/jwt';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role jurisdiction email alertSubscriptions } } }`;
const SECRET = 'test-secret-at-least-16';

describe('login and tokens', () => {
  let api: ApiHarness;
  let longanId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ JWT_SECRET: SECRET });
    longanId = await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('locked', 'COUNTY_STAFF', '450123');
  });
  afterAll(() => api.stop());

  it('signs in and answers me with the caller', async () => {
    const login = await api.graphql(LOGIN, { u: 'longan', p: TEST_PASSWORD });
    expect(login.data?.login.user).toEqual({ username: 'longan', role: 'COUNTY_STAFF', jurisdiction: '450123', email: 'longan@example.org', alertSubscriptions: [] });
    const me = await api.graphql(`{ me { username } }`, {}, login.data?.login.token);
    expect(me.data?.me.username).toBe('longan');
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await api.graphql(LOGIN, { u: 'longan', p: 'not-the-password' });
    const unknown = await api.graphql(LOGIN, { u: 'nobody', p: 'not-the-password' });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  it('locks an account for a while after repeated failures, even against the right password', async () => {
    for (let i = 0; i < 5; i += 1) await api.graphql(LOGIN, { u: 'locked', p: 'wrong-password' });
    const right = await api.graphql(LOGIN, { u: 'locked', p: TEST_PASSWORD });
    expect(right.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { rows } = await api.db.query(`SELECT locked_until > now() AS locked FROM app_user WHERE username = 'locked'`);
    expect(rows[0].locked).toBe(true);
  });

  it('refuses expired tokens, tokens signed with another key and tokens of deactivated users', async () => {
    const jwt = new JwtService({ secret: SECRET });
    const expired = jwt.sign({ sub: longanId }, { expiresIn: -10 });
    const foreign = new JwtService({ secret: 'another-secret-of-16+' }).sign({ sub: longanId });
    for (const token of [expired, foreign]) {
      expect((await api.graphql(`{ me { username } }`, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const valid = jwt.sign({ sub: longanId });
    expect((await api.graphql(`{ me { username } }`, {}, valid)).data?.me.username).toBe('longan');
    await api.as('admin', `mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: longanId });
    expect((await api.graphql(`{ me { username } }`, {}, valid)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(LOGIN, { u: 'longan', p: TEST_PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets administrators manage users only with valid jurisdictions, writing nothing otherwise', async () => {
    const create = `mutation($input: CreateUserInput!) { createUser(input: $input) { username role jurisdiction } }`;
    const count = async () => Number((await api.db.query(`SELECT count(*) FROM app_user`)).rows[0].count);
    const before = await count();
    const wrongLevel = await api.as('admin', create, { input: { username: 'cityish', password: 'a-long-password', role: 'CITY_STAFF', jurisdiction: '450123' } });
    expect(wrongLevel.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'jurisdiction' })]);
    const shortPassword = await api.as('admin', create, { input: { username: 'shorty', password: 'short', role: 'COUNTY_STAFF', jurisdiction: '450123' } });
    expect(shortPassword.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'password' })]);
    const taken = await api.as('admin', create, { input: { username: 'admin', password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: '450123' } });
    expect(taken.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'username' })]);
    expect(await count()).toBe(before);
    const created = await api.as('admin', create, { input: { username: 'bobai2', password: 'a-long-password', role: 'COUNTY_STAFF', jurisdiction: '450923' } });
    expect(created.data?.createUser).toEqual({ username: 'bobai2', role: 'COUNTY_STAFF', jurisdiction: '450923' });
    expect((await api.graphql(LOGIN, { u: 'bobai2', p: 'a-long-password' })).data?.login.user.username).toBe('bobai2');
  });
});
