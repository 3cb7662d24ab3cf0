import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); .ci/run installs it when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/** A page for the admin panel: desktop size, and Strapi's guided tour switched off so it covers nothing. */
export async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  await context.addInitScript(() => {
    window.localStorage.setItem(
      'STRAPI_GUIDED_TOUR',
      JSON.stringify({ enabled: false, hidden: true, tours: {}, completedActions: [] })
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/**
 * Writes tests/e2e/artifacts/<name>.png. The admin panel scrolls inside its
 * own layout, not the document: for a whole edit view, make the window taller first.
 */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits — without a time budget of its own — until `read()` gives `expected`; fails with the last value seen. */
export async function until<T>(page: Page, read: () => Promise<T>, expected: T, what: string, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last: T = await read();
  while (last !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = await read();
  }
  assert.equal(last, expected, what);
}
