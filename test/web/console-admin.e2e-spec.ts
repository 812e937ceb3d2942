/**
 * The console's later pages in a real browser (issue 16): every role lands on its own tier; the
 * household's history as a timeline; region administration (users, red-line rules, weights) for
 * region administrators only, refused to everyone else by the page and by the API; and the
 * special-task platform reached from the division platform.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { DESKTOP, PHONE, chromiumAvailable, launchChromium, scrollsSideways, signIn } from './support/browser';
import { ensureConsoleBuilt } from './support/console-build';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

describeWithChromium('the console’s administration, history and special-task pages', () => {
  let api: ApiHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: { id: string };
  let household: { id: string; version: number };

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    [api, browser] = await Promise.all([ApiHarness.start({ CONSOLE_DIR: consoleDir }), launchChromium()]);
    await api.createUser('region-admin', 'REGION_ADMIN', '450000');
    site = await createSite(api, 'region-admin', siteInput('450123', 'S-NT', { name: '那桐镇安置点' }));
    household = await createHousehold(api, 'region-admin', householdInput(site.id, 'H-001', { headName: '韦建国' }));
    await Promise.all([
      api.createUser('region-staff', 'REGION_STAFF', '450000'),
      api.createUser('nanning-staff', 'CITY_STAFF', '450100'),
      api.createUser('longan-clerk', 'COUNTY_STAFF', '450123'),
      api.createUser('natong-site', 'SITE_STAFF', site.id),
      api.createUser('longan-checker', 'SPOT_CHECKER', '450123'),
    ]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const open = (path: string) => page.goto(`${api.url}${path}`);
  const signInAs = async (username: string, landing: RegExp) => {
    await signIn(page, api.url, username, TEST_PASSWORD);
    await page.waitForURL(landing);
  };

  it('lands every role on its own tier', async () => {
    const landings: Array<[string, RegExp, RegExp]> = [
      ['region-admin', /\/division\/450000$/, /广西壮族自治区/],
      ['region-staff', /\/division\/450000$/, /广西壮族自治区/],
      ['nanning-staff', /\/division\/450100$/, /南宁市/],
      ['longan-clerk', /\/division\/450123$/, /隆安县/],
      ['natong-site', new RegExp(`/site/${site.id}$`), /那桐镇安置点/],
      ['longan-checker', /\/division\/450123$/, /隆安县/],
    ];
    for (const [username, landing, heading] of landings) {
      await signInAs(username, landing);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      // Only the region administrator is offered the administration.
      expect([username, await page.getByRole('button', { name: '系统管理' }).count()]).toEqual([username, username === 'region-admin' ? 1 : 0]);
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL(/\/signin$/);
    }
  });

  it('shows the household’s history as a timeline: who changed what, in Chinese, newest first', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $v, input: $input) { version } }`;
    const current = (await api.db.query(`SELECT version FROM household WHERE id = $1`, [household.id])).rows[0].version;
    const updated = await api.as('longan-clerk', UPDATE, { id: household.id, v: current, input: { headName: '韦建华', roomNumber: '3栋201' } });
    expect(updated.errors).toBeUndefined();
    const history = (await api.as('nanning-staff', `query($id: ID!) { household(id: $id) { history { actor operation changes } } }`, { id: household.id })).data?.household.history;
    expect(history.map((e: { actor: string; operation: string }) => [e.actor, e.operation])).toEqual([
      ['region-admin', 'CREATE'],
      ['longan-clerk', 'UPDATE'],
    ]);

    await signInAs('nanning-staff', /\/division\/450100$/);
    await open(`/household/${household.id}`);
    const entries = page.locator('.history-card .history-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(2);
    await expect(entries.nth(0).textContent()).resolves.toMatch(/^longan-clerk 修改/);
    const changes = await entries.nth(0).locator('li').allTextContents();
    expect(changes.sort()).toEqual(['户主姓名：韦建国 → 韦建华', '房号：空 → 3栋201'].sort());
    await expect(entries.nth(1).textContent()).resolves.toMatch(/^region-admin 录入/);
  });

  it('lets the region administrator create a user, who is then listed; the API’s reason appears under its field', async () => {
    await signInAs('region-admin', /\/division\/450000$/);
    await page.getByRole('button', { name: '系统管理' }).click();
    await page.waitForURL(/\/manage$/);
    const table = page.getByRole('table', { name: '用户表' });
    await table.getByText('longan-checker', { exact: true }).waitFor();
    const accounts = async () => Number((await api.db.query(`SELECT count(*) FROM app_user`)).rows[0].count);
    const before = await accounts();

    // A county role with a city's code: the API refuses it and writes nothing.
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('longan-clerk2');
    await dialog.getByLabel('密码').fill('a-long-password');
    await dialog.getByLabel('管辖范围').fill('450100');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-form-item-explain-error').getByText(/must be an existing county/).waitFor();
    expect(await accounts()).toBe(before);

    await dialog.getByLabel('管辖范围').fill('450123');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ hasText: 'longan-clerk2' });
    await expect(row.textContent()).resolves.toContain('县级工作人员');
    const { rows } = await api.db.query(`SELECT role, jurisdiction, active FROM app_user WHERE username = 'longan-clerk2'`);
    expect(rows).toEqual([{ role: 'COUNTY_STAFF', jurisdiction: '450123', active: true }]);
    expect(await accounts()).toBe(before + 1);
    // The new account signs in.
    expect((await api.graphql(`mutation { login(username: "longan-clerk2", password: "a-long-password") { user { jurisdiction } } }`)).data?.login.user.jurisdiction).toBe('450123');
  });

  it('changes a red-line rule with the version it read; a stale version shows the conflict and writes nothing', async () => {
    const RULE = `{ redlineRules { rule threshold version } }`;
    const rule = async () => (await api.as('region-admin', RULE)).data?.redlineRules.find((r: { rule: string }) => r.rule === 'HOUSING_AREA_PER_PERSON');
    const read = await rule();
    await signInAs('region-admin', /\/division\/450000$/);
    await open('/manage');
    await page.getByRole('tab', { name: '政策红线规则' }).click();
    const card = page.locator('.redline-rule').filter({ hasText: '人均住房面积超标' });
    await card.getByText(`第 ${read.version} 版`, { exact: false }).waitFor();
    await card.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = page.getByRole('dialog', { name: /修改红线规则/ });

    // Another administrator saves first.
    const other = await api.as('region-admin', `mutation($v: Int!) { updateRedlineRule(rule: HOUSING_AREA_PER_PERSON, version: $v, threshold: 26) { version } }`, { v: read.version });
    expect(other.data?.updateRedlineRule.version).toBe(read.version + 1);
    await dialog.getByLabel(/红线（/).fill('30');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('该规则已被他人修改，您的修改未保存。').waitFor();
    expect(await rule()).toEqual({ rule: 'HOUSING_AREA_PER_PERSON', threshold: 26, version: read.version + 1 });

    // Reloaded, the change goes through with the new version.
    await dialog.getByRole('button', { name: /重新加载/ }).click();
    await card.getByText(`第 ${read.version + 1} 版`, { exact: false }).waitFor();
    await card.getByRole('button', { name: /修\s*改/ }).click();
    await dialog.getByLabel(/红线（/).fill('28');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await card.getByText(`第 ${read.version + 2} 版`, { exact: false }).waitFor();
    expect(await rule()).toEqual({ rule: 'HOUSING_AREA_PER_PERSON', threshold: 28, version: read.version + 2 });
  });

  it('sets an indicator’s weight in the composite score', async () => {
    await signInAs('region-admin', /\/division\/450000$/);
    await open('/manage');
    await page.getByRole('tab', { name: '指标权重' }).click();
    const input = page.getByLabel('搬迁入住率权重');
    await input.fill('3');
    await page.getByRole('row').filter({ has: input }).getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存：搬迁入住率 权重 3').waitFor();
    const definitions = (await api.as('region-staff', `{ indicatorDefinitions { key weight } }`)).data?.indicatorDefinitions;
    expect(definitions.find((d: { key: string }) => d.key === 'MOVE_IN_RATE').weight).toBe(3);
  });

  it('refuses the administration to everyone else, in the page and in the API', async () => {
    for (const [username, landing] of [
      ['region-staff', /\/division\/450000$/],
      ['longan-clerk', /\/division\/450123$/],
      ['natong-site', /\/site\//],
    ] as const) {
      await signInAs(username, landing);
      await open('/manage');
      await page.getByText('无权查看').waitFor();
      expect(await page.getByRole('table', { name: '用户表' }).count()).toBe(0);
      const refused = await api.as(username, `{ users { username } }`);
      expect([username, refused.errors?.[0]?.extensions?.code, refused.data?.users ?? null]).toEqual([username, 'FORBIDDEN', null]);
      const rule = await api.as(username, `mutation { updateRedlineRule(rule: HOUSING_AREA_PER_PERSON, threshold: 99) { version } }`);
      expect(rule.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL(/\/signin$/);
    }
  });

  it('opens the special-task platform from the division’s card, with each site’s record, and fits a phone', async () => {
    const recorded = await api.as('longan-clerk', `mutation($s: ID!) { recordSiteTask(siteId: $s, task: EDUCATION, input: { status: COMPLETED, recordedOn: "2026-11-02", responsiblePerson: "黄校长", progressNote: "适龄儿童全部入学" }) { status } }`, { s: site.id });
    expect(recorded.errors).toBeUndefined();
    const tasks = (await api.as('longan-clerk', `{ specialTasks(divisionCode: "450123") { task name siteCount sitesCompleted } }`)).data?.specialTasks;
    const education = tasks.find((t: { task: string }) => t.task === 'EDUCATION');
    expect(education).toMatchObject({ siteCount: 1, sitesCompleted: 1 });

    await page.setViewportSize(PHONE);
    await signInAs('longan-clerk', /\/division\/450123$/);
    await page.locator('.special-tasks').getByRole('link', { name: '专项任务平台' }).click();
    await page.waitForURL(/\/special-tasks\/450123$/);
    const tiles = page.locator('.task-tile');
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(tasks.length);
    await expect(tiles.filter({ hasText: education.name }).textContent()).resolves.toContain('1 / 1 个安置点完成');
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: new RegExp(`${education.name}：`) }).click();
    const item = page.locator('.task-details .ant-list-item').filter({ hasText: '那桐镇安置点' });
    await expect(item.textContent()).resolves.toMatch(/已完成.*黄校长.*适龄儿童全部入学/);
    expect(await scrollsSideways(page)).toBe(false);
  });
});
