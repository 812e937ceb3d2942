import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ApiModule } from '../../apps/api/src/api.module';
import { ApiHarness, TEST_JWT_SECRET, TEST_PASSWORD } from '../support/api-harness';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role jurisdiction email alertSubscriptions } } }`;
const PER_ACCOUNT = 3;
const PER_ADDRESS = 6;

describe('login and tokens', () => {
  let api: ApiHarness;
  let longanId: string;
  let adminId: string;
  // Each test signs in from addresses of its own (through the trusted loopback proxy), so counts never mix.
  let nextAddress = 1;
  const newAddress = () => `203.0.113.${nextAddress++}`;
  const loginFrom = (address: string, u: string, p: string) => api.graphqlHttp(LOGIN, { u, p }, undefined, { 'x-forwarded-for': address });
  const me = (token?: string) => api.graphql(`{ me { username } }`, {}, token);

  beforeAll(async () => {
    api = await ApiHarness.start({
      TRUST_PROXY: 'loopback',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(PER_ACCOUNT),
      LOGIN_MAX_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
      LOGIN_THROTTLE_WINDOW_SECONDS: '60',
    });
    longanId = await api.createUser('longan', 'COUNTY_STAFF', '450123');
    adminId = await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('target', 'COUNTY_STAFF', '450123');
    await api.createUser('rotating', 'COUNTY_STAFF', '450123');
  });
  afterAll(() => api.stop());

  it('signs in and answers me with the caller', async () => {
    const login = await api.graphql(LOGIN, { u: 'longan', p: TEST_PASSWORD });
    expect(login.data?.login.user).toEqual({ username: 'longan', role: 'COUNTY_STAFF', jurisdiction: '450123', email: 'longan@example.org', alertSubscriptions: [] });
    expect((await me(login.data?.login.token)).data?.me.username).toBe('longan');
  });

  it('answers a wrong password, an unknown user and a deactivated one the same way, after comparable work', async () => {
    const address = newAddress();
    const timed = async (u: string) => {
      const started = process.hrtime.bigint();
      const response = await loginFrom(address, u, 'not-the-password');
      return { response, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const wrong = await timed('longan');
    const unknown = await timed('nobody-at-all');
    expect(wrong.response.body.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.response.body.errors?.[0]).toEqual(wrong.response.body.errors?.[0]);
    // Both ran one argon2 verification (tens of ms): an unknown name is not answered at once.
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 4);
    expect(wrong.ms).toBeGreaterThan(unknown.ms / 4);
  });

  it('throttles the address that guesses, never the owner signing in from elsewhere, and locks no account', async () => {
    const guesser = newAddress();
    for (let i = 0; i < PER_ACCOUNT; i += 1) {
      expect((await loginFrom(guesser, 'target', `guess-${i}`)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Over the limit: refused before any check, even with the right password, and with when to retry.
    const throttled = await loginFrom(guesser, 'target', TEST_PASSWORD);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.body.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
    expect(throttled.body.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    expect(throttled.body.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(60);
    // The same answer for a name that does not exist: throttling tells nothing about which names do.
    for (let i = 0; i < PER_ACCOUNT; i += 1) await loginFrom(guesser, 'ghost', `guess-${i}`);
    expect((await loginFrom(guesser, 'ghost', 'x')).body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // The owner, from their own address, is never refused for someone else's guesses.
    const owner = await loginFrom(newAddress(), 'target', TEST_PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.body.data?.login.user.username).toBe('target');
    // Nothing about the account was written: there is no lockout state any more.
    const { rows } = await api.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'app_user' AND column_name IN ('failed_logins', 'locked_until')`);
    expect(rows).toEqual([]);
  });

  it('throttles an address that tries many usernames, each a few times', async () => {
    const sprayer = newAddress();
    for (let i = 0; i < PER_ADDRESS; i += 1) await loginFrom(sprayer, `name-${i}`, 'guess');
    expect((await loginFrom(sprayer, 'rotating', TEST_PASSWORD)).body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await loginFrom(newAddress(), 'rotating', TEST_PASSWORD)).body.data?.login.user.username).toBe('rotating');
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const untrusting = await ApiHarness.start({ TRUST_PROXY: 'false', LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
    try {
      await untrusting.createUser('someone', 'COUNTY_STAFF', '450123');
      // Without TRUST_PROXY a client cannot escape its count by inventing addresses.
      for (let i = 0; i < 2; i += 1) await untrusting.graphql(LOGIN, { u: 'someone', p: 'x' }, undefined, { 'x-forwarded-for': `198.51.100.${i}` });
      const third = await untrusting.graphql(LOGIN, { u: 'someone', p: TEST_PASSWORD }, undefined, { 'x-forwarded-for': '198.51.100.99' });
      expect(third.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await untrusting.stop();
    }
  });

  it('refuses expired tokens, tokens without expiry, tokens signed with another key or algorithm, and tokens of deactivated users', async () => {
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const expired = jwt.sign({ sub: longanId, ver: 0 }, { expiresIn: -10 });
    const forever = jwt.sign({ sub: longanId, ver: 0 });
    const foreign = new JwtService({ secret: 'another-key-of-at-least-32-chars-long' }).sign({ sub: longanId, ver: 0 }, { expiresIn: 60 });
    const unversioned = jwt.sign({ sub: longanId }, { expiresIn: 60 });
    const otherAlgorithm = jwt.sign({ sub: longanId, ver: 0 }, { expiresIn: 60, algorithm: 'HS512' });
    for (const token of [expired, forever, foreign, unversioned, otherAlgorithm]) {
      expect((await me(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const valid = jwt.sign({ sub: longanId, ver: 0 }, { expiresIn: 60 });
    expect((await me(valid)).data?.me.username).toBe('longan');
    await api.as('admin', `mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: longanId });
    expect((await me(valid)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(LOGIN, { u: 'longan', p: TEST_PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('retires earlier tokens when the password, role or jurisdiction changes, and only then', async () => {
    const userId = await api.createUser('mover', 'COUNTY_STAFF', '450123');
    const update = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { username } }`;
    const signIn = async () => (await api.graphql(LOGIN, { u: 'mover', p: TEST_PASSWORD })).data?.login.token as string;
    const version = async () => Number((await api.db.query(`SELECT token_version FROM app_user WHERE id = $1`, [userId])).rows[0].token_version);

    let token = await signIn();
    await api.as('admin', update, { id: userId, input: { email: 'mover@example.net' } });
    expect((await me(token)).data?.me.username).toBe('mover'); // an e-mail change leaves tokens alone

    for (const input of [{ jurisdiction: '450923' }, { role: 'SPOT_CHECKER' }, { password: TEST_PASSWORD }]) {
      const before = await version();
      await api.as('admin', update, { id: userId, input });
      expect(await version()).toBe(before + 1);
      expect((await me(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      token = await signIn();
      expect((await me(token)).data?.me.username).toBe('mover');
    }
    expect(adminId).toBeDefined();
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

  it.each([
    ['unset', undefined, 'JWT_SECRET is not set'],
    ['the old built-in default', 'quick-start-only-change-me-in-production', 'published example value'],
    ['the compose default', 'change-me-insecure-compose-default', 'published example value'],
  ])('refuses to start with a signing key %s, saying so', async (_label, secret, message) => {
    const saved = process.env.JWT_SECRET;
    if (secret === undefined) delete process.env.JWT_SECRET;
    else process.env.JWT_SECRET = secret;
    try {
      await expect(NestFactory.create(ApiModule, { logger: false, abortOnError: false })).rejects.toThrow(message);
    } finally {
      process.env.JWT_SECRET = saved;
    }
  });
});
