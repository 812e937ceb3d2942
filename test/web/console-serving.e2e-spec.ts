/**
 * The API serves the staff console at `/` (issue 16): the build's files, its page for the
 * browser's own routes, and never in place of the API's paths. Uses a stand-in build, so it
 * checks the serving and not the console (test/web/console.e2e-spec.ts drives the real one).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { createSite, siteInput } from '../support/registry-fixtures';

const PAGE = '<!doctype html><html lang="zh-CN"><body>console page</body></html>';
// Long enough to be worth compressing (compression leaves bodies under 1 KB as they are).
const SCRIPT = `console.log(${JSON.stringify('console script '.repeat(200))})`;

describe('the console served by the API', () => {
  let api: ApiHarness;
  let buildDir: string;

  beforeAll(async () => {
    buildDir = await mkdtemp(join(tmpdir(), 'console-build-'));
    await mkdir(join(buildDir, 'assets'));
    await writeFile(join(buildDir, 'index.html'), PAGE);
    await writeFile(join(buildDir, 'assets', 'index-abc123.js'), SCRIPT);
    api = await ApiHarness.start({ CONSOLE_DIR: buildDir });
    await api.createUser('county-clerk', 'COUNTY_STAFF', '450123');
  });
  afterAll(async () => {
    await api.stop();
    await rm(buildDir, { recursive: true, force: true });
  });

  const get = (path: string, accept = 'text/html,application/xhtml+xml') => fetch(`${api.url}${path}`, { headers: { accept } });

  it('answers / and the browser’s own routes with the page, revalidated on every visit', async () => {
    for (const path of ['/', '/signin', '/division/450100', '/site/6c1b3a52-0000-4000-8000-000000000000', '/household/x']) {
      const response = await get(path);
      expect([path, response.status, await response.text()]).toEqual([path, 200, PAGE]);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      // The API's security headers cover the console too.
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serves the hashed assets for a year, and a missing asset as 404, never as the page', async () => {
    const script = await get('/assets/index-abc123.js', '*/*');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(SCRIPT);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const missing = await get('/assets/index-gone.js', '*/*');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('console page');
    // Files outside the build are out of reach.
    const escape = await get('/..%2F..%2Fetc%2Fpasswd');
    expect(await escape.text()).not.toContain('root:');
  });

  it('sends the console’s files compressed to a browser that accepts it, and as they are to one that does not', async () => {
    const gzipped = await fetch(`${api.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(SCRIPT); // fetch inflates it
    const plain = await fetch(`${api.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('leaves every API path to the API, even when a browser asks for HTML', async () => {
    for (const path of ['/graphql', '/health/live', '/reports/2026-10/450123.pdf', '/evidence/unknown/file', '/archive/files/unknown', '/admin/queues', '/metrics']) {
      const response = await get(path);
      expect([path, await response.text()]).toEqual([path, expect.not.stringContaining('console page')]);
    }
    const health = await get('/health/live', 'application/json');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('answers nothing but GET and HEAD, and nothing that does not ask for HTML', async () => {
    const posted = await fetch(`${api.url}/division/450100`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(posted.status).toBe(404);
    expect(await posted.text()).not.toContain('console page');
    const json = await get('/division/450100', 'application/json');
    expect(json.status).toBe(404);
    const head = await fetch(`${api.url}/division/450100`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(200);
  });

  it('GraphQL still answers at /graphql', async () => {
    const response = await api.as('county-clerk', '{ me { username } }');
    expect(response.data).toEqual({ me: { username: 'county-clerk' } });
  });

  it('names a site’s facilities by their kind, as the console shows them', async () => {
    const site = await createSite(
      api,
      'county-clerk',
      siteInput('450123', 'S-CONSOLE', {
        facilities: [
          { kindCode: 'PRIMARY_SCHOOL', status: 'IN_USE' },
          { kindCode: 'POLICING_CENTRE', status: 'PLANNED' },
        ],
      }),
    );
    const response = await api.as('county-clerk', `query($id: ID!) { site(id: $id) { facilities { kindCode kindName status } } }`, { id: site.id });
    expect(response.errors).toBeUndefined();
    // The names are the facility_kind rows' (apart from the SQL: read here from the table itself).
    const { rows } = await api.db.query<{ code: string; name: string }>(`SELECT code, name FROM facility_kind WHERE code IN ('PRIMARY_SCHOOL', 'POLICING_CENTRE')`);
    const names = Object.fromEntries(rows.map((r) => [r.code, r.name]));
    expect(names).toEqual({ PRIMARY_SCHOOL: '小学', POLICING_CENTRE: '警务服务中心' });
    expect(response.data?.site.facilities).toEqual(
      expect.arrayContaining([
        { kindCode: 'PRIMARY_SCHOOL', kindName: names.PRIMARY_SCHOOL, status: 'IN_USE' },
        { kindCode: 'POLICING_CENTRE', kindName: names.POLICING_CENTRE, status: 'PLANNED' },
      ]),
    );
  });
});
