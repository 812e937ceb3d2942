/**
 * The staff console in a real browser (issue 16): Debian's Chromium, driven by playwright-core,
 * against the API serving the built console from its own origin, over a test database.
 * Staff sign in, land on their own tier, drill down from the region to a household, see a red
 * line, are refused what lies outside their jurisdiction, and on a phone nothing scrolls sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';
import { SAMPLE_FILES } from '../support/evidence-files';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { DESKTOP, PHONE, chromiumAvailable, launchChromium, scrollsSideways, signIn } from './support/browser';
import { ensureConsoleBuilt } from './support/console-build';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

describeWithChromium('the staff console in a browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: { id: string };
  let plain: { id: string };
  let overHoused: { id: string };
  let resident: { id: string };
  let bobaiHousehold: { id: string };

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    [api, browser] = await Promise.all([ApiHarness.start({ CONSOLE_DIR: consoleDir }), launchChromium()]);
    await Promise.all([
      api.createUser('region-admin', 'REGION_ADMIN', '450000'),
      api.createUser('nanning-staff', 'CITY_STAFF', '450100'),
      api.createUser('longan-clerk', 'COUNTY_STAFF', '450123'),
      api.createUser('bobai-clerk', 'COUNTY_STAFF', '450923'),
    ]);
    site = await createSite(api, 'longan-clerk', siteInput('450123', 'S-NT', { name: '那桐镇安置点' }));
    plain = await createHousehold(api, 'longan-clerk', householdInput(site.id, 'H-001', { headName: '韦建国' }));
    await addPerson(api, 'longan-clerk', personInput(plain.id, 1, { name: '韦小燕' }));
    // 150 ㎡ for two people: over the 25 ㎡ a person red line of registered poor households.
    overHoused = await createHousehold(api, 'longan-clerk', householdInput(site.id, 'H-002', { headName: '黄文东', housingArea: 150, beneficiaryCount: 2, laborCount: 1 }));
    await createHousehold(api, 'longan-clerk', householdInput(site.id, 'H-003', { headName: '陆小平' }));
    // Says it lives at the site; recognised only once a move-in photo backs it.
    resident = await createHousehold(api, 'longan-clerk', householdInput(site.id, 'H-004', { headName: '农秀英', movedIn: true, actuallyResident: true }));
    const bobaiSite = await createSite(api, 'bobai-clerk', siteInput('450923', 'S-BB', { name: '博白镇安置点' }));
    bobaiHousehold = await createHousehold(api, 'bobai-clerk', householdInput(bobaiSite.id, 'H-BB1', { headName: '李志强' }));
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

  const signInAs = (username: string, password = TEST_PASSWORD) => signIn(page, api.url, username, password);
  const open = (path: string) => page.goto(`${api.url}${path}`);
  const liveIndicator = async (user: string, code: string, key: string) => {
    const response = await api.as(user, `query($c: ID!, $k: [IndicatorKey!]) { division(code: $c) { indicators(keys: $k) { numerator denominator value } } }`, { c: code, k: [key] });
    return response.data?.division.indicators[0] as { numerator: number; denominator: number; value: number | null };
  };

  it('is a Chinese page whose sign-in has labelled fields and says in Chinese what went wrong', async () => {
    await open('/');
    await page.waitForURL(/\/signin$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await signInAs('longan-clerk', 'wrong-password');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('用户名或密码不正确');
    expect(page.url()).toMatch(/\/signin$/);
  });

  it('turns throttled sign-ins into a Chinese message with the wait', async () => {
    // Five failures for one username from one address throttle it (LOGIN_MAX_FAILURES_PER_ACCOUNT).
    for (let i = 0; i < 5; i++) await api.graphql(`mutation { login(username: "throttled-user", password: "wrong-${i}") { token } }`);
    await signInAs('throttled-user', 'wrong-again');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
  });

  it('lands each user on their own tier, keeps the token for the tab only, and signs out', async () => {
    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    await page.getByRole('heading', { name: /隆安县/ }).waitFor();
    const storage = await page.evaluate<{ local: number; session: string[] }>('({ local: localStorage.length, session: Object.keys(sessionStorage) })');
    expect(storage).toEqual({ local: 0, session: ['relocation-console.token'] });
    expect(await context.cookies()).toEqual([]);
    expect(page.url()).not.toMatch(/token|password/i);

    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(/\/signin$/);
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
    await open('/division/450123');
    await page.waitForURL(/\/signin$/);

    await signInAs('nanning-staff');
    await page.waitForURL(/\/division\/450100$/);
    await page.getByRole('heading', { name: /南宁市/ }).waitFor();
  });

  it('drills down from the region to a household, with the figures the API computes', async () => {
    await signInAs('region-admin');
    await page.waitForURL(/\/division\/450000$/);
    await page.getByRole('table', { name: '设区市排名表' }).getByRole('link', { name: '南宁市' }).click();
    await page.waitForURL(/\/division\/450100$/);
    await page.getByRole('table', { name: '县（市、区）排名表' }).getByRole('link', { name: '隆安县' }).click();
    await page.waitForURL(/\/division\/450123$/);

    // The county's headline card shows the live figure and the counts behind it, as the API has them.
    const moveIn = await liveIndicator('region-admin', '450123', 'MOVE_IN_RATE');
    const card = page.getByRole('group', { name: '搬迁入住率', exact: true });
    await expect(card.textContent()).resolves.toContain(`${moveIn.numerator} / ${moveIn.denominator}`);
    // Its special tasks, site counts as the API gives them.
    const tasks: Array<{ name: string; siteCount: number; sitesCompleted: number }> = (await api.as('region-admin', `{ specialTasks(divisionCode: "450123") { name siteCount sitesCompleted } }`)).data?.specialTasks;
    expect(tasks.length).toBeGreaterThan(0);
    const taskRows = page.getByRole('table', { name: '专项任务表' }).locator('tbody tr');
    await taskRows.first().waitFor();
    const shownTasks = [];
    for (const row of await taskRows.all()) shownTasks.push((await row.locator('td').allTextContents()).filter((_, i) => i !== 2 && i !== 4));
    expect(shownTasks).toEqual(tasks.map((t) => [t.name, String(t.sitesCompleted), String(t.siteCount)]));

    await page.getByRole('table', { name: '安置点排名表' }).getByRole('link', { name: '那桐镇安置点' }).click();
    await page.waitForURL(new RegExp(`/site/${site.id}$`));
    await page.getByText('搬迁户（共 4 户）').waitFor();
    await page.getByRole('link', { name: '韦建国' }).click();
    await page.waitForURL(new RegExp(`/household/${plain.id}$`));
    // Members in register order: the head first.
    await page.getByRole('heading', { name: /韦建国户/ }).waitFor();
    const members = await page.locator('.ant-table-tbody tr td:first-child').allTextContents();
    expect(members).toEqual(['韦建国', '韦小燕']);
    // The trail leads back up.
    await page.locator('.unit-trail').getByRole('link', { name: '那桐镇安置点' }).click();
    await page.waitForURL(new RegExp(`/site/${site.id}$`));
  });

  it('filters a site’s households by the query functions, as the API counts them', async () => {
    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    await open(`/site/${site.id}`);
    await page.getByText('搬迁户（共 4 户）').waitFor();
    await page.getByRole('combobox', { name: '政策红线' }).click();
    await page.locator('.ant-select-item-option[title="人均住房面积超标"]').click();
    const expected = await api.as('longan-clerk', `query($s: ID!) { households(filter: { siteId: $s, redline: HOUSING_AREA_PER_PERSON }) { totalCount nodes { headName } } }`, { s: site.id });
    expect(expected.data?.households).toEqual({ totalCount: 1, nodes: [{ headName: '黄文东' }] });
    await page.getByText('搬迁户（共 1 户）').waitFor();
    expect(await page.locator('.households .ant-table-tbody tr').count()).toBe(1);
    await expect(page.locator('.households .ant-table-tbody').textContent()).resolves.toContain('黄文东');
  });

  it('shows a red line on the county platform and on the household', async () => {
    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    const panel = page.locator('.problems .ant-card').first();
    await panel.getByRole('link', { name: /黄文东户/ }).click();
    await page.waitForURL(new RegExp(`/household/${overHoused.id}$`));
    const alert = page.getByRole('alert').filter({ hasText: '政策红线' });
    await expect(alert.textContent()).resolves.toMatch(/人均住房面积超标.*计算值 75.*红线 25/);
  });

  it('uploads a move-in photo from the household page, and the site’s actual-residence rate follows', async () => {
    const rate = async () => (await api.as('longan-clerk', `query($id: ID!) { site(id: $id) { indicators(keys: [ACTUAL_RESIDENCE_RATE]) { numerator denominator } } }`, { id: site.id })).data?.site.indicators[0];
    expect(await rate()).toEqual({ numerator: 0, denominator: 1 });
    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    await open(`/site/${site.id}`);
    const card = page.getByRole('group', { name: '实际入住率', exact: true });
    await expect(card.textContent()).resolves.toContain('0 / 1');

    await page.getByRole('link', { name: '农秀英' }).click();
    await page.waitForURL(new RegExp(`/household/${resident.id}$`));
    const claims = page.locator('.claims-card');
    await claims.getByText('实际入住', { exact: true }).waitFor();
    await page.getByLabel('选择文件').setInputFiles({ name: '入住照片.jpg', mimeType: 'image/jpeg', buffer: SAMPLE_FILES.jpeg });
    await page.getByText('已上传实际入住照片').waitFor();
    await page.locator('.evidence-card .ant-list').getByText('实际入住照片').waitFor();
    // The claim is recognised now, and only this household got a file.
    await claims.getByText('实际入住', { exact: true }).waitFor({ state: 'detached' });
    await expect(claims.textContent()).resolves.toContain('自筹资金');
    const { rows } = await api.db.query<{ subject_id: string; kind: string }>(`SELECT subject_id, kind FROM evidence`);
    expect(rows).toEqual([{ subject_id: resident.id, kind: 'MOVE_IN_PHOTO' }]);

    expect(await rate()).toEqual({ numerator: 1, denominator: 1 });
    await page.locator('.unit-trail').getByRole('link', { name: '那桐镇安置点' }).click();
    // The figure is fetched again on every visit (the cached one shows meanwhile).
    await card.getByText('1 / 1', { exact: true }).waitFor();
  });

  it('edits a household: the API’s reason next to the field it names, and a conflict when someone else saved first', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $v, input: $input) { version roomNumber } }`;
    const stored = async () => (await api.db.query(`SELECT version, head_name, housing_area, room_number FROM household WHERE id = $1`, [plain.id])).rows[0];
    const before = await stored();
    // What the API says of an impossible area (and that it writes nothing for it).
    const refused = await api.as('longan-clerk', UPDATE, { id: plain.id, v: before.version, input: { housingArea: 1e9 } });
    const reason = refused.errors?.[0].extensions?.fields?.find((f) => f.field === 'housingArea')?.reason;
    expect([refused.errors?.[0].extensions?.code, typeof reason]).toEqual(['BAD_USER_INPUT', 'string']);

    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    await open(`/household/${plain.id}`);
    await page.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = page.getByRole('dialog', { name: '修改户信息' });
    await dialog.getByLabel('住房面积（㎡）').fill('1000000000');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-form-item-explain-error').getByText(reason as string, { exact: true }).waitFor();
    expect(await stored()).toEqual(before);

    // Someone else saves the household while the form is open.
    const other = await api.as('longan-clerk', UPDATE, { id: plain.id, v: before.version, input: { roomNumber: '2栋101' } });
    expect(other.data?.updateHousehold.roomNumber).toBe('2栋101');
    await dialog.getByLabel('住房面积（㎡）').fill('85');
    await dialog.getByLabel('户主姓名').fill('韦建华');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('该户已被他人修改，您的修改未保存。').waitFor();
    expect(await stored()).toMatchObject({ version: before.version + 1, head_name: '韦建国', room_number: '2栋101', housing_area: before.housing_area });
    await dialog.getByRole('button', { name: /重新加载/ }).click();
    await page.locator('.ant-descriptions').getByText('2栋101').waitFor();
  });

  it('refuses, in Chinese, pages outside the user’s jurisdiction, even typed into the address bar', async () => {
    await signInAs('bobai-clerk');
    await page.waitForURL(/\/division\/450923$/);
    for (const path of ['/division/450123', `/site/${site.id}`, `/household/${overHoused.id}`, '/division/450100']) {
      await open(path);
      await page.getByText('无权查看').first().waitFor();
      await expect(page.locator('body').textContent()).resolves.not.toMatch(/黄文东|那桐镇安置点|隆安县/);
    }
    // Their own household opens.
    await open(`/household/${bobaiHousehold.id}`);
    await page.getByRole('heading', { name: /李志强户/ }).waitFor();
  });

  it('fits a phone: one column, nothing scrolls sideways', async () => {
    await page.setViewportSize(PHONE);
    await signInAs('longan-clerk');
    await page.waitForURL(/\/division\/450123$/);
    await page.getByRole('group', { name: '搬迁入住率', exact: true }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await open(`/site/${site.id}`);
    await page.getByText('搬迁户（共 4 户）').waitFor();
    // Households as a list of cards, not a wide table.
    expect(await page.locator('.households .ant-table').count()).toBe(0);
    expect(await page.locator('.household-item').count()).toBe(4);
    expect(await scrollsSideways(page)).toBe(false);
    await open(`/household/${plain.id}`);
    await page.getByRole('heading', { name: /韦建国户/ }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
  });
});
