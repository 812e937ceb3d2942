/**
 * Screenshots of the staff console's main pages, at desktop and phone widths, from a running
 * system (the quick start): `npm run console:screenshots -- [baseUrl] [outDir]`.
 * Signs in as the demo users (DEMO_PASSWORD, default demo-password) with the system's Chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, signIn } from '../test/web/support/browser';

const baseUrl = process.argv[2] ?? 'http://localhost:3000';
const outDir = process.argv[3] ?? 'docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'demo-password';

/** Until the page has its figures: no placeholder or spinner left, nothing more on the wire. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Polled from here: the API's content security policy forbids the page evaluating strings.
  for (let waited = 0; (await page.locator('.ant-skeleton, .ant-spin-spinning').count()) > 0 && waited < 20_000; waited += 200) await page.waitForTimeout(200);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const [viewport, suffix] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/signin`);
      await settle(page);
      await page.screenshot({ path: join(outDir, `sign-in-${suffix}.png`) });
      await signIn(page, baseUrl, 'nanning', password);
      await page.waitForURL(/\/division\/450100/);
      await settle(page);
      // How soon a platform is usable: a fresh navigation until its headline cards are drawn.
      const started = Date.now();
      await page.reload();
      await page.locator('.indicator-card').first().waitFor();
      console.warn(`${suffix}: city platform usable ${Date.now() - started} ms after navigation`);
      await settle(page);
      await page.screenshot({ path: join(outDir, `city-platform-${suffix}.png`), fullPage: true });
      await page.getByRole('table').getByRole('link').first().click();
      await page.waitForURL(/\/division\/\d+/);
      await settle(page);
      await page.screenshot({ path: join(outDir, `county-platform-${suffix}.png`), fullPage: true });
      await page.getByRole('table').getByRole('link').first().click();
      await page.waitForURL(/\/site\//);
      await settle(page);
      await page.screenshot({ path: join(outDir, `site-platform-${suffix}.png`), fullPage: true });
      await page.locator('a[href^="/household/"]').first().click();
      await page.waitForURL(/\/household\//);
      await settle(page);
      await page.screenshot({ path: join(outDir, `household-${suffix}.png`), fullPage: true });
      await page.goto(`${baseUrl}/division/450100`);
      await page.locator('.special-tasks').getByRole('link', { name: '专项任务平台' }).click();
      await page.waitForURL(/\/special-tasks\//);
      await settle(page);
      await page.locator('.task-details .ant-collapse-header').first().click();
      await settle(page);
      await page.screenshot({ path: join(outDir, `special-tasks-${suffix}.png`), fullPage: true });
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL(/\/signin/);
      // The administration is the region administrator's.
      await signIn(page, baseUrl, 'admin', password);
      await page.waitForURL(/\/division\/450000/);
      await page.goto(`${baseUrl}/manage`);
      await settle(page);
      await page.screenshot({ path: join(outDir, `admin-users-${suffix}.png`), fullPage: true });
      await page.getByRole('tab', { name: '政策红线规则' }).click();
      await settle(page);
      await page.screenshot({ path: join(outDir, `admin-redlines-${suffix}.png`), fullPage: true });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
