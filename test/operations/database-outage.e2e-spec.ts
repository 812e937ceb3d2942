/**
 * PostgreSQL going away under the API: a connection cut mid-request (pg_terminate_backend), and
 * the server unreachable (a relay in front of it, cut), then back. Clients get
 * SERVICE_UNAVAILABLE with a retry hint, never a generic internal error; readiness follows the
 * database down and up again without a restart and says nothing about the infrastructure.
 */
import { ADMIN_DATABASE_URL } from '../support/test-database';
import { ApiHarness, HARNESS_APPLICATION } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { createSite, siteInput } from '../support/registry-fixtures';
import { TcpProxy } from '../support/tcp-proxy';

describe('PostgreSQL outages', () => {
  let proxy: TcpProxy;
  let api: ApiHarness;
  let token: string;

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });

  beforeAll(async () => {
    const target = new URL(ADMIN_DATABASE_URL);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    api = await ApiHarness.start({ DB_CONNECT_TIMEOUT_MS: '1000', HEALTH_TIMEOUT_MS: '500' }, { routeDatabase: (url) => proxy.rewrite(url) });
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    token = await api.tokenFor('longan');
  });
  afterAll(async () => {
    await proxy.resume().catch(() => undefined);
    await api.stop();
    await proxy.cut();
  });

  it('answers SERVICE_UNAVAILABLE (503, retryable) when its connection is cut mid-request, writes nothing, and serves the retry', async () => {
    const site = await createSite(api, 'longan', siteInput('450123', 'CUT-1'));
    // Hold the site's row, so the update waits inside its transaction; then cut the API's connections.
    const blocker = await api.db.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM site WHERE id = $1 FOR UPDATE', [site.id]);
    const update = `mutation($id: ID!, $v: Int!) { updateSite(id: $id, version: $v, input: { name: "改名" }) { version name } }`;
    const answer = post(update, { id: site.id, v: site.version });
    const waiting = await eventually(async () => {
      const { rows } = await api.db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name <> $1 AND wait_event_type = 'Lock'`,
        [HARNESS_APPLICATION],
      );
      return rows.length > 0 && rows;
    }, 'the update to wait for the lock');
    expect(waiting).toHaveLength(1);
    await api.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name <> $1 AND pid <> pg_backend_pid()`, [
      HARNESS_APPLICATION,
    ]);
    const response = await answer;
    await blocker.query('ROLLBACK');
    blocker.release();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors.map((error) => error.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', retryable: true }]);
    const { rows } = await api.db.query('SELECT name, version FROM site WHERE id = $1', [site.id]);
    expect(rows[0]).toEqual({ name: 'CUT-1 安置点', version: site.version });

    const retried = (await (await post(update, { id: site.id, v: site.version })).json()) as { data: { updateSite: { name: string } } };
    expect(retried.data.updateSite.name).toBe('改名');
  });

  it('answers SERVICE_UNAVAILABLE while the database is unreachable, is not ready, and recovers by itself', async () => {
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    await proxy.cut();

    const started = Date.now();
    const response = await post(`{ me { username } }`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { data: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(body.errors[0].message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres/i);

    // A page of records, whose statement goes to the pool as a named prepared statement, past TypeORM.
    const page = await post(`{ households(first: 5) { nodes { code persons { name } } } }`);
    expect(page.status).toBe(503);
    const pageBody = (await page.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(pageBody.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    // REST answers in its own shape, with the same code.
    const download = await fetch(`${api.url}/reports/2026-01/450123.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(503);
    expect(await download.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    const readiness = await ready.text();
    expect(JSON.parse(readiness)).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect(readiness).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|password|postgres:\/\/|\d{4,5}/);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

    await proxy.resume();
    await eventually(async () => (await fetch(`${api.url}/health/ready`)).status === 200, 'readiness to return', 15_000);
    const again = (await (await post(`{ me { username } households(first: 5) { totalCount } }`)).json()) as { data: { me: { username: string }; households: { totalCount: number } }; errors?: unknown };
    expect(again.errors).toBeUndefined();
    expect(again.data.me.username).toBe('longan');
    expect(again.data.households.totalCount).toBe(0);
  });

  it('is not ready while a migration this build knows is not applied', async () => {
    const { rows } = await api.db.query<{ id: number; timestamp: string; name: string }>(`SELECT * FROM migrations ORDER BY timestamp DESC LIMIT 1`);
    await api.db.query(`DELETE FROM migrations WHERE id = $1`, [rows[0].id]);
    try {
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ error: { migrations: { status: 'down' } } });
    } finally {
      await api.db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [rows[0].id, rows[0].timestamp, rows[0].name]);
    }
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });
});
