/**
 * The queue dashboard (Bull Board) at /admin/queues: region administrators only, through a
 * short-lived cookie their bearer token buys; nobody else sees a queue.
 */
import { ApiHarness } from '../support/api-harness';

describe('the queue dashboard', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('regional', 'REGION_STAFF', '450000');
    await api.createUser('retired', 'REGION_ADMIN', '450000');
  });
  afterAll(() => api.stop());

  const openSession = async (username?: string) =>
    fetch(`${api.url}/admin/dashboard-session`, { method: 'POST', headers: username ? { authorization: `Bearer ${await api.tokenFor(username)}` } : {} });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0];

  it('opens for a region administrator with a short-lived, HttpOnly, same-site cookie limited to its path', async () => {
    const session = await openSession('admin');
    expect(session.status).toBe(201);
    expect(await session.json()).toEqual({ url: '/admin/queues', expiresInSeconds: 900 });
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^queue_dashboard=[\w-]+\.[\w-]+\.[\w-]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict$/);

    const page = await fetch(`${api.url}/admin/queues`, { headers: { cookie: cookieOf(session) } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const queues = await fetch(`${api.url}/admin/queues/api/queues?activeQueue=reports&status=latest&page=1`, { headers: { cookie: cookieOf(session) } });
    expect(queues.status).toBe(200);
    const names = ((await queues.json()) as { queues: Array<{ name: string }> }).queues.map((queue) => queue.name).sort();
    expect(names).toEqual(['bulletins', 'certifications', 'indicators', 'mail', 'redlines', 'reports', 'spot-checks']);
  });

  it('refuses everyone else: no session, other roles, a forged or foreign token, a deactivated administrator', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${api.url}/admin/queues/api/queues`)).status).toBe(401);
    expect((await openSession()).status).toBe(401);
    expect((await openSession('regional')).status).toBe(403);
    // The bearer token itself is not a dashboard session: it is signed for another audience and key.
    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie: `queue_dashboard=${await api.tokenFor('admin')}` } })).status).toBe(401);
    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie: 'queue_dashboard=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.forged' } })).status).toBe(401);

    const session = await openSession('retired');
    await api.db.query(`UPDATE app_user SET active = false WHERE username = 'retired'`);
    expect((await fetch(`${api.url}/admin/queues`, { headers: { cookie: cookieOf(session) } })).status).toBe(401);
  });

  it('signs out', async () => {
    const closed = await fetch(`${api.url}/admin/dashboard-session`, { method: 'DELETE', headers: { authorization: `Bearer ${await api.tokenFor('admin')}` } });
    expect(closed.status).toBe(204);
    expect(closed.headers.get('set-cookie')).toMatch(/^queue_dashboard=; Path=\/admin\/queues; Max-Age=0/);
  });
});
