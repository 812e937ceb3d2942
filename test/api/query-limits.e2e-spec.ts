/**
 * GraphQL-layer abuse: floods of aliases, deep nesting, huge documents, directives, expensive
 * pages, introspection and suggestions for strangers. Each is refused before it runs, with
 * HTTP 400 and QUERY_TOO_COMPLEX, in milliseconds, however large the query.
 */
import { ApiHarness } from '../support/api-harness';

const FAST_MS = 1500;

describe('query limits', () => {
  let api: ApiHarness;
  let token: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ GRAPHQL_MAX_ALIASES: '30', GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_TOKENS: '3000', GRAPHQL_MAX_DIRECTIVES: '20' });
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    token = await api.tokenFor('admin');
  });
  afterAll(() => api.stop());

  const timed = async (query: string, caller: string | null = token) => {
    const started = Date.now();
    const response = await api.graphqlHttp(query, {}, caller ?? undefined);
    return { ...response, ms: Date.now() - started };
  };
  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it.each([
    ['1,000 aliases of a division’s indicators', aliases(1000, 'division(code: "450000") { indicators { key value } }')],
    ['1,000 aliases of a household count', aliases(1000, 'households(first: 20) { totalCount }')],
    ['5,000 repetitions of me', `{ ${'me { id } '.repeat(5000)}}`],
    ['31 aliases of me', aliases(31, 'me { id }')],
    ['a query 13 fields deep', `{ division(code: "450000") { children { children { sites { nodes { households { nodes { site { households { nodes { site { county { parent { name } } } } } } } } } } } } } }`],
    ['21 directives', `{ me { ${Array.from({ length: 21 }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`],
    ['a page of 100 households each with a page of 100 more and their members’ history', `{ households(first: 100) { nodes { persons { history { actor changes } } site { households(first: 100) { nodes { persons { history { actor } } } } } } } }`],
  ])('refuses %s before running it: 400 QUERY_TOO_COMPLEX, at once', async (_label, query) => {
    const response = await timed(query);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.body.errors?.[0].message).not.toMatch(/Syntax Error/);
    expect(response.ms).toBeLessThan(FAST_MS);
  });

  it("costs one document afresh for each page size and condition its variables give, whatever else they carry", async () => {
    const query = `query($n: Int!, $deep: Boolean!, $site: ID) { households(first: $n, filter: { siteId: $site }) {
      nodes { code site @include(if: $deep) { households(first: $n) { nodes { persons { history { actor changes } } } } } } } }`;
    const ask = async (variables: Record<string, unknown>) => {
      const response = await api.graphqlHttp(query, variables, token);
      return response.body.errors?.[0]?.extensions?.code ?? 'ANSWERED';
    };
    // The same document, asked in turn with what a cost depends on and with what it does not.
    expect(await ask({ n: 2, deep: true })).toBe('ANSWERED');
    expect(await ask({ n: 100, deep: true })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: 100, deep: false })).toBe('ANSWERED');
    expect(await ask({ n: 2, deep: true, site: '00000000-0000-0000-0000-000000000000' })).toBe('ANSWERED');
    expect(await ask({ n: 100, deep: true, site: '00000000-0000-0000-0000-000000000000' })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: 100, deep: false })).toBe('ANSWERED');
  });

  it('keeps answering everyone else while floods arrive', async () => {
    const flood = aliases(1000, 'division(code: "450000") { indicators { key value } }');
    const floods = Promise.all(Array.from({ length: 5 }, () => timed(flood)));
    const meanwhile = await timed(`{ me { username } }`);
    expect(meanwhile.body.data?.me.username).toBe('admin');
    expect(meanwhile.ms).toBeLessThan(FAST_MS);
    for (const response of await floods) expect(response.status).toBe(400);
  });

  it('measures a query written with named fragments as deep as the same query written inline', async () => {
    const inline = `{ division(code: "450000") { parent { parent { parent { indicators { key } } } } } }`;
    const withFragments = `query { division(code: "450000") { ...F3 } }
      fragment F3 on Division { parent { ...F2 } }
      fragment F2 on Division { parent { ...F1 } }
      fragment F1 on Division { parent { ...F0 } }
      fragment F0 on Division { indicators { key } }`;
    for (const query of [inline, withFragments]) {
      const response = await timed(query);
      expect([response.status, response.body.errors]).toEqual([200, undefined]);
    }
    // Fragments still count the levels they spread: 13 levels through fragments are refused.
    const deep = `query { division(code: "450000") { ...D } }
      fragment D on Division { children { children { sites { nodes { households { nodes { site { households { nodes { site { county { parent { name } } } } } } } } } } } } }`;
    expect((await timed(deep)).body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers queries within the limits, aliases counted one by one', async () => {
    const response = await timed(aliases(30, 'me { id }'));
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.data ?? {})).toHaveLength(30);
  });

  it('counts every alias in the cost: one page of pages passes, thirty of them do not', async () => {
    const page = (first: number) => `households(first: ${first}) { nodes { persons { name } site { households(first: 100) { nodes { code } } } } }`;
    expect((await timed(aliases(1, page(100)))).status).toBe(200);
    const expensive = await timed(aliases(30, page(100)));
    expect(expensive.status).toBe(400);
    expect(expensive.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number), limit: expect.any(Number) });
  });

  it('answers introspection only to signed-in users', async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    const anonymous = await timed(introspection, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.body)).not.toContain('Query');
    expect((await timed(`{ __type(name: "User") { name } }`, null)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await timed(introspection);
    expect(signedIn.body.data?.__schema.queryType.name).toBe('Query');
    // __typename tells nothing about the schema: anyone may ask it.
    expect((await timed(`{ __typename }`, null)).body.data).toEqual({ __typename: 'Query' });
  });

  it('suggests field names to signed-in users only', async () => {
    const typo = `{ mee { id } }`;
    const anonymous = await timed(typo, null);
    expect(anonymous.body.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
    const signedIn = await timed(typo);
    expect(signedIn.body.errors?.[0].message).toContain('Did you mean "me"?');
  });
});
