/**
 * A published month on the console (issue 16): once the worker has built last month's report,
 * a county platform opens on it — the composite score first, the sites ranked as the report
 * ranks them — lists it beside 实时, and hands over its workbook with the tab's token.
 */
import type { Browser, Page } from 'playwright-core';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { uploadApprovalForms } from '../support/evidence-files';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';
import { DESKTOP, chromiumAvailable, launchChromium, signIn } from './support/browser';
import { ensureConsoleBuilt } from './support/console-build';

const LAST = lastEndedPeriod();
const BEFORE = reportPeriod(LAST).previous;
const MONTH_NAME = `${LAST.slice(0, 4)}年${Number(LAST.slice(5))}月`;
const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

describeWithChromium('a published month on the console', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let browser: Browser;
  let page: Page;

  async function publish(period: string): Promise<void> {
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
    const id = started.data?.generateMonthlyReport.id;
    for (let i = 0; i < 600; i += 1) {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun;
      if (run?.status === 'COMPLETED') return;
      if (run?.status === 'FAILED') throw new Error(`report ${period} failed`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`report ${period} did not finish`);
  }

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    [api, browser] = await Promise.all([ApiHarness.start({ CONSOLE_DIR: consoleDir }), launchChromium()]);
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan-clerk', 'COUNTY_STAFF', '450123');
    const sites = [await createSite(api, 'admin', siteInput('450123', 'M-S1', { name: '城厢镇安置点' })), await createSite(api, 'admin', siteInput('450123', 'M-S2', { name: '南圩镇安置点' }))];
    const households = [
      await createHousehold(api, 'admin', householdInput(sites[0].id, 'M-H1', { movedIn: true, movedInOn: `${BEFORE}-05` })),
      await createHousehold(api, 'admin', householdInput(sites[1].id, 'M-H2', { movedIn: false })),
    ];
    await backdate(api, 'site', sites.map((s) => s.id), `${BEFORE}-01T12:00:00+08:00`);
    // Beneficiaries count only when backed by their approval forms (recognised values).
    const forms = await uploadApprovalForms(api, 'admin', households.map((h) => h.id));
    await backdate(api, 'household', households.map((h) => h.id), `${BEFORE}-10T12:00:00+08:00`);
    await backdate(api, 'evidence', forms, `${BEFORE}-10T12:00:00+08:00`);
    await publish(LAST);
    page = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await api?.stop();
  });

  it('opens on the latest published month, ranks the sites as the report does, and downloads its workbook', async () => {
    await signIn(page, api.url, 'longan-clerk', TEST_PASSWORD);
    await page.waitForURL(/\/division\/450123$/);
    await page.getByText(`${MONTH_NAME}月末数据（已发布月报）`).waitFor();
    await page.getByRole('group', { name: '综合得分' }).waitFor();

    // The table's order and values are the report's own ranking of the county's sites on move-in.
    const report = await api.as('longan-clerk', `query($p: String!) { monthlyReport(period: $p, divisionCode: "450123") { rows(level: SITE, indicator: MOVE_IN_RATE) { unitName value rankInParent } } }`, { p: LAST });
    const rows: Array<{ unitName: string; value: number; rankInParent: number }> = report.data?.monthlyReport.rows ?? [];
    const expected = [...rows].sort((a, b) => a.rankInParent - b.rankInParent).map((r) => [String(r.rankInParent), r.unitName, `${(r.value * 100).toFixed(1)}%`]);
    expect(expected).toEqual([
      ['1', '城厢镇安置点', '100.0%'],
      ['2', '南圩镇安置点', '0.0%'],
    ]);
    await page.getByRole('combobox', { name: '排名指标' }).click();
    await page.locator('.ant-select-item-option[title="搬迁入住率"]').click();
    await page.getByRole('columnheader', { name: '搬迁入住率' }).waitFor();
    const table = page.getByRole('table', { name: '安置点排名表' });
    const shown = [];
    for (const row of await table.locator('tbody tr').all()) shown.push((await row.locator('td').allTextContents()).slice(0, 3));
    expect(shown).toEqual(expected);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `${MONTH_NAME}月报 Excel` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`隆安县${MONTH_NAME}进度月报.xlsx`);
    // A workbook (a ZIP), not an error page.
    const stream = await file.createReadStream();
    const first = await new Promise<Buffer>((resolve) => stream.once('data', (chunk) => resolve(chunk as Buffer)));
    expect(first.subarray(0, 2).toString()).toBe('PK');
  });

  it('offers 实时 beside the published month and shows the live figures on request', async () => {
    await page.getByRole('combobox', { name: '月份' }).click();
    await page.locator('.ant-select-item-option[title="实时"]').click();
    await page.getByText('实时数据，由当前记录计算').waitFor();
    const live = await api.as('longan-clerk', `{ division(code: "450123") { indicators(keys: [MOVE_IN_RATE]) { numerator denominator } } }`);
    const { numerator, denominator } = live.data?.division.indicators[0] ?? {};
    expect(denominator).toBeGreaterThan(0);
    await expect(page.getByRole('group', { name: '搬迁入住率', exact: true }).textContent()).resolves.toContain(`${numerator} / ${denominator}`);
    expect(await page.getByRole('group', { name: '综合得分' }).count()).toBe(0);
  });
});
