/**
 * A soak: keep-alive connections reading and writing for a while, with no errors and no
 * growth of the heap once warm. Short in the suite; an operator's long run is
 * `SOAK_SECONDS=600 npx jest test/operations/soak.e2e-spec.ts` (the memory check then means more).
 */
import autocannon from 'autocannon';
import { ApiHarness } from '../support/api-harness';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 12);

describe('a soak', () => {
  let api: ApiHarness;
  let site: string;
  let household: { id: string; version: number };

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    site = (await createSite(api, 'longan', siteInput('450123', 'SOAK'))).id;
    household = await createHousehold(api, 'longan', householdInput(site, 'SOAK-1'));
  });
  afterAll(() => api.stop());

  it(`answers every request of ${SECONDS} s of reads and writes without an error, its heap flat once warm`, async () => {
    const authorization = `Bearer ${await api.tokenFor('longan')}`;
    let version = household.version;
    let graphqlErrors = 0;
    const heap: number[] = [];
    const sampler = setInterval(() => heap.push(process.memoryUsage().heapUsed), 500);
    const read = JSON.stringify({ query: `query($s: ID!) { site(id: $s) { code households(first: 20) { totalCount nodes { code persons { name } } } } }`, variables: { s: site } });
    const result = await autocannon({
      url: `${api.url}/graphql`,
      connections: 6,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          // One write in ten: an update at the version last seen (a stale one is a CONFLICT, which is fine).
          setupRequest: (request) => {
            const write = Math.random() < 0.1;
            const body = write
              ? JSON.stringify({ query: `mutation($id: ID!, $v: Int!) { updateHousehold(id: $id, version: $v, input: { laborCount: 2 }) { version } }`, variables: { id: household.id, v: version } })
              : read;
            return { ...request, body };
          },
          onResponse: (_status: number, body: string) => {
            const answer = JSON.parse(body) as { data?: { updateHousehold?: { version: number } }; errors?: Array<{ extensions?: { code?: string } }> };
            if (answer.data?.updateHousehold) version = answer.data.updateHousehold.version;
            if (answer.errors?.some((error) => error.extensions?.code !== 'CONFLICT')) graphqlErrors += 1;
          },
        },
      ],
    });
    clearInterval(sampler);
    console.info(`soak: ${result.requests.total} requests in ${SECONDS} s, p99 ${result.latency.p99} ms, heap ${Math.round(heap[0] / 1e6)} → ${Math.round(heap[heap.length - 1] / 1e6)} MB`);
    expect(result.requests.total).toBeGreaterThan(SECONDS * 5);
    expect(result.errors + result.timeouts + result.non2xx).toBe(0);
    expect(graphqlErrors).toBe(0);
    // Warm after the first third: the last third's lowest heap stays near the middle third's lowest.
    const third = Math.floor(heap.length / 3);
    const floor = (samples: number[]) => Math.min(...samples);
    expect(floor(heap.slice(2 * third))).toBeLessThan(floor(heap.slice(third, 2 * third)) * 1.5 + 20e6);
  });
});
