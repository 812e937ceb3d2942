/**
 * A county clerk's spreadsheet through the console (issues 15 and 16): the template downloaded
 * from the page, a file with a wrong resident ID refused row by row with nothing written, the
 * corrected file validated by the worker, checked and committed. Real API, worker and Chromium.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';
import { createSite, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { WorkerHarness } from '../support/worker-harness';
import { fillTemplate, householdRow } from '../imports/import-files';
import { DESKTOP, chromiumAvailable, launchChromium, signIn } from './support/browser';
import { ensureConsoleBuilt } from './support/console-build';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

const household = (code: string, headId: string) => householdRow('S-IMP', code, headId, { '住房面积（㎡）': 72 });

describeWithChromium('spreadsheet imports in the console', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let browser: Browser;
  let page: Page;
  let site: { id: string };

  const householdsAtSite = async () => (await api.db.query(`SELECT count(*)::int AS n FROM household WHERE site_id = $1`, [site.id])).rows[0].n;

  /** Writes the file as the clerk saved it and picks it in the page's file chooser. */
  async function upload(bytes: Buffer, name: string): Promise<void> {
    const path = join(tmpdir(), `${process.pid}-${name}`);
    await writeFile(path, bytes);
    await page.getByLabel('选择导入文件').setInputFiles(path);
  }

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    [api, browser] = await Promise.all([ApiHarness.start({ CONSOLE_DIR: consoleDir }), launchChromium()]);
    worker = await WorkerHarness.start();
    await api.createUser('longan-clerk', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning-staff', 'CITY_STAFF', '450100');
    site = await createSite(api, 'longan-clerk', siteInput('450123', 'S-IMP', { name: '那桐镇安置点' }));
    page = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await api?.stop();
  });

  it('takes a clerk from the template through a refused file to a committed one', async () => {
    await signIn(page, api.url, 'longan-clerk', TEST_PASSWORD);
    await page.getByRole('link', { name: /批量导入/ }).click();
    await page.getByRole('heading', { name: '批量导入搬迁户和搬迁人口' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载模板/ }).click()]);
    expect(download.suggestedFilename()).toBe('搬迁户和搬迁人口导入模板.xlsx');
    const template = await readFile((await download.path())!);

    // A typo in the last digit breaks the resident ID's check character.
    const good = residentId('450123', '1968-03-12', 'MALE', 7);
    const typo = `${good.slice(0, 17)}${good[17] === '1' ? '2' : '1'}`;
    await upload(await fillTemplate(template, { 搬迁户: [household('IMP-1', good), household('IMP-2', typo)] }), '隆安县搬迁户.xlsx');
    await page.getByText('发现 1 处问题，未写入任何数据').waitFor({ timeout: 60_000 });
    const problem = page.locator('.import-problems .ant-table-row').first();
    await expect(problem.textContent()).resolves.toContain('户主身份证号');
    expect(await householdsAtSite()).toBe(0);

    await upload(await fillTemplate(template, { 搬迁户: [household('IMP-1', good), household('IMP-2', residentId('450123', '1971-07-01', 'FEMALE', 8))] }), '隆安县搬迁户-改.xlsx');
    await page.getByText('全部 2 行通过校验，尚未写入').waitFor({ timeout: 60_000 });
    await expect(page.locator('.import-preview').textContent()).resolves.toContain('新增搬迁户2');
    expect(await householdsAtSite()).toBe(0);
    await page.getByRole('button', { name: '确认提交入库' }).click();
    await page.getByRole('button', { name: /^写\s*入$/ }).click();
    await page.locator('.ant-result-title', { hasText: '已提交入库' }).waitFor();
    expect(await householdsAtSite()).toBe(2);
    // Both uploads are listed, the committed one as such.
    await expect(page.locator('.imports-recent').textContent()).resolves.toMatch(/隆安县搬迁户-改\.xlsx已提交入库[\s\S]*隆安县搬迁户\.xlsx有问题/);
  });

  it('offers no import to city staff, who review rather than enter records', async () => {
    const other = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' })).newPage();
    await signIn(other, api.url, 'nanning-staff', TEST_PASSWORD);
    await other.waitForURL(/\/division\/450100$/);
    expect(await other.getByRole('link', { name: /批量导入/ }).count()).toBe(0);
    await other.context().close();
  });
});
