/**
 * A published month on a platform says which units had not confirmed it at publication: Long'an
 * had, Nanning had not, so Nanning's platform tags Nanning 未确认 and not Long'an, and Long'an's
 * own platform shows no such notice.
 */
import type { Browser, Page } from 'playwright-core';
import { lastEndedPeriod } from '@app/reports';
import { ApiHarness, TEST_PASSWORD } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';
import { DESKTOP, chromiumAvailable, launchChromium, signIn } from './support/browser';
import { ensureConsoleBuilt } from './support/console-build';

const LAST = lastEndedPeriod();
const MONTH_NAME = `${LAST.slice(0, 4)}年${Number(LAST.slice(5))}月`;
const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

describeWithChromium('units that had not confirmed a published month, on the console', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let browser: Browser;

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    [api, browser] = await Promise.all([ApiHarness.start({ CONSOLE_DIR: consoleDir }), launchChromium()]);
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('nanning-clerk', 'CITY_STAFF', '450100');
    await api.createUser('longan-clerk', 'COUNTY_STAFF', '450123');
    const site = await createSite(api, 'admin', siteInput('450123', 'U-S1'));
    const household = await createHousehold(api, 'admin', householdInput(site.id, 'U-H1', { movedIn: true }));
    await backdate(api, 'site', [site.id], `${LAST}-01T12:00:00+08:00`);
    await backdate(api, 'household', [household.id], `${LAST}-02T12:00:00+08:00`);
    await api.db.query(`INSERT INTO month_certification (period, division_code, status, certified_by, certified_at) VALUES ($1, '450123', 'CERTIFIED', 'longan-clerk', now())`, [LAST]);
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: LAST });
    const id = started.data?.generateMonthlyReport.id;
    for (let i = 0; i < 600 && (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun.status !== 'COMPLETED'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await api?.stop();
  });

  /** The platform a user lands on, once the published month and its certifications have been answered. */
  async function platform(user: string, code: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' })).newPage();
    const certifications = page.waitForResponse((response) => response.request().postData()?.includes('ReportCertifications') ?? false);
    await signIn(page, api.url, user, TEST_PASSWORD);
    await page.waitForURL(new RegExp(`/division/${code}$`));
    await page.getByText(`${MONTH_NAME}月末数据（已发布月报）`).waitFor();
    await certifications;
    return page;
  }

  it('tags the city that had not confirmed, not the county that had', async () => {
    const page = await platform('nanning-clerk', '450100');
    const notice = page.locator('.unconfirmed-units');
    await notice.getByText('南宁市 未确认').waitFor();
    await expect(notice.textContent()).resolves.not.toContain('隆安县');
  });

  it('shows no notice where every unit had confirmed', async () => {
    const page = await platform('longan-clerk', '450123');
    await page.getByRole('group', { name: '综合得分' }).waitFor();
    expect(await page.locator('.unconfirmed-units').count()).toBe(0);
  });
});
