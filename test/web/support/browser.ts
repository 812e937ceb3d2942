import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The system's Chromium (Debian's `chromium`, which .ci/run installs): playwright-core never
 * downloads a browser. CHROMIUM_PATH points elsewhere when it lives somewhere else.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Containers and CI runners have no user namespaces for Chromium's sandbox, and a small /dev/shm.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
  });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Signs in through the sign-in page, as staff do. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Whether the page is wider than the window (a phone user would have to scroll sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  // Expressions as strings: they run in the page, whose DOM types this Node program does not load.
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
}
