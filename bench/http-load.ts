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

/**
 * A site's first page of households with their members, under `connections` concurrent
 * keep-alive connections for `seconds`, each request for the next site of a shuffled list, so
 * the working set is every site, not one hot page. Latency is every response's own time.
 */
export async function measureHouseholdsPage(url: string, authorization: string, siteIds: readonly string[], connections: number, seconds: number): Promise<PageLoad> {
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: PAGE_QUERY, variables: { siteId: siteIds[next++ % siteIds.length] } }) }),
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
