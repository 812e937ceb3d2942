import autocannon from 'autocannon';
import { GraphQLClient } from './graphql-client';
import { quantile } from './stats';

const REGION_QUERY = `query { division(code: "450000") { indicators { key value } children { indicators { key value } } } }`;
const PAGE_QUERY = `query($siteId: ID!) { households(filter: { siteId: $siteId }, first: 50) { nodes { code persons { name } } } }`;

/** The region platform's front page, one request at a time: `runs` timed after `warmups` untimed. */
export async function measureLiveRegion(gql: GraphQLClient, runs: number, warmups = 2): Promise<{ p50: number; p95: number; samples: number[] }> {
  for (let i = 0; i < warmups; i++) await gql.request(REGION_QUERY);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const data = await gql.request<{ division: { children: unknown[] } }>(REGION_QUERY);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!data.division || data.division.children.length === 0) throw new Error('the region query returned no cities');
  }
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples };
}

export interface PageLoad {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL errors, together. */
  errors: number;
}

/** A household of a page as both servers can tell it: its code and its members' names, sorted. */
export interface PageHousehold {
  code: string;
  names: string[];
}

/** How to ask a server for a site's first 50 households with their members, and read its answer. */
export interface HouseholdsPageServer {
  name: string;
  url: string;
  headers: Record<string, string>;
  body(siteId: string): string;
  read(data: unknown): PageHousehold[];
}

const sortedNames = (persons: Array<{ name: string }>) => persons.map((p) => p.name).sort();

/** The project's households page, as the console asks it, with the bench user's token. */
export function projectPage(url: string, authorization: string): HouseholdsPageServer {
  return {
    name: 'project',
    url,
    headers: { 'content-type': 'application/json', authorization },
    body: (siteId) => JSON.stringify({ query: PAGE_QUERY, variables: { siteId } }),
    read: (data) => (data as { households: { nodes: Array<{ code: string; persons: Array<{ name: string }> }> } }).households.nodes.map((h) => ({ code: h.code, names: sortedNames(h.persons) })),
  };
}

const PEER_PAGE_QUERY = `query($siteId: UUID!) { allHouseholds(condition: { siteId: $siteId }, first: 50, orderBy: CODE_ASC) { nodes { code peopleByHouseholdId { nodes { name } } } } }`;

/** The same page from PostGraphile, in its own schema's words (no token: it checks none). */
export function peerPage(url: string): HouseholdsPageServer {
  return {
    name: 'PostGraphile',
    url,
    headers: { 'content-type': 'application/json' },
    body: (siteId) => JSON.stringify({ query: PEER_PAGE_QUERY, variables: { siteId } }),
    read: (data) =>
      (data as { allHouseholds: { nodes: Array<{ code: string; peopleByHouseholdId: { nodes: Array<{ name: string }> } }> } }).allHouseholds.nodes.map((h) => ({
        code: h.code,
        names: sortedNames(h.peopleByHouseholdId.nodes),
      })),
  };
}

async function pageOf(server: HouseholdsPageServer, siteId: string): Promise<PageHousehold[]> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: server.headers, body: server.body(siteId) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${server.name}: ${JSON.stringify(body.errors ?? body)}`);
  return server.read(body.data);
}

/**
 * The sites whose first page differs between the two servers (households, order, members),
 * `concurrency` sites at a time: one after another, 35,000 sites took six minutes.
 */
export async function sitesAnsweredDifferently(a: HouseholdsPageServer, b: HouseholdsPageServer, siteIds: readonly string[], concurrency = 8): Promise<string[]> {
  const differing: string[] = [];
  let next = 0;
  const compareNext = async (): Promise<void> => {
    for (let siteId = siteIds[next++]; siteId !== undefined; siteId = siteIds[next++]) {
      const [pageA, pageB] = await Promise.all([pageOf(a, siteId), pageOf(b, siteId)]);
      if (pageA.length === 0 || JSON.stringify(pageA) !== JSON.stringify(pageB)) differing.push(siteId);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, compareNext));
  return differing;
}

/**
 * A site's first page of households with their members, under `connections` concurrent
 * keep-alive connections for `seconds`, each request for the next site of a shuffled list, so
 * the working set is every site, not one hot page. Latency is every response's own time.
 */
export async function measureHouseholdsPage(server: HouseholdsPageServer, siteIds: readonly string[], connections: number, seconds: number): Promise<PageLoad> {
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: server.headers,
        setupRequest: (request) => ({ ...request, body: server.body(siteIds[next++ % siteIds.length]) }),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    },
  });
  const requests = result.requests.total;
  return {
    rps: requests / seconds,
    p50_ms: quantile(latencies, 0.5),
    p95_ms: quantile(latencies, 0.95),
    requests,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}
