/**
 * Scheduled publishing in a real browser: an editor in Seoul picks a go-live time in the Schedule
 * panel beside Publish, in their own time zone; it is stored as the instant it names, the list
 * shows it, and Cancel schedule clears it. Run by tests/e2e/run.ts like the other browser tests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot, until } from './support/browser';

const BASE = process.env.E2E_URL ?? '';
const EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'editor@newsroom.test';
const PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'Editor-Passw0rd!';
const ARTICLES = '/admin/content-manager/collection-types/api::article.article';

describe('scheduling a story in the admin panel', { skip: !BASE && 'run through npm run test:e2e' }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it('schedules a draft in the editor’s own time zone beside Publish; the list says when; cancelling clears it', async () => {
    // An editor in Seoul: what they pick is Seoul time, stored as the instant it names.
    const seoul = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'en-GB',
      timezoneId: 'Asia/Seoul',
    });
    await seoul.addInitScript(() => {
      window.localStorage.setItem(
        'STRAPI_GUIDED_TOUR',
        JSON.stringify({ enabled: false, hidden: true, tours: {}, completedActions: [] })
      );
    });
    const desk = await seoul.newPage();
    desk.setDefaultTimeout(30_000);
    try {
      await desk.goto(`${BASE}/admin/auth/login`);
      await desk.locator('input[name="email"]').fill(EMAIL);
      await desk.locator('input[name="password"]').fill(PASSWORD);
      await desk.getByRole('button', { name: 'Login' }).click();
      await desk.waitForURL(/\/admin\/?$/);
      await desk.goto(`${BASE}${ARTICLES}/create`);
      const headline = 'Embargoed Until Christmas Morning';
      await desk.locator('input[name="title"]').fill(headline);
      await desk.getByRole('button', { name: 'Save' }).click();
      await desk.waitForURL(new RegExp(`${ARTICLES.replace(/[.:]/g, '\\$&')}/[a-z0-9]{20,}`));
      const documentId = desk.url().split('/').pop()?.split('?')[0] ?? '';

      const panel = desk.getByTestId('newsroom-schedule');
      await panel.getByText('Your time (Asia/Seoul)').first().waitFor();
      const [date, time] = await panel.getByRole('combobox').all();
      // The date input reads what is typed in the editor's locale when it loses focus.
      // (in the admin panel's language: its placeholder says the order, e.g. MM/DD/YYYY)
      const order = (await date.getAttribute('placeholder')) ?? 'DD/MM/YYYY';
      await date.fill(order.replace('DD', '24').replace('MM', '12').replace('YYYY', '2030'));
      await date.evaluate((input) => (input as HTMLInputElement).blur());
      // (no click and no Escape: an open list hides the page from the accessibility tree, and Escape on a
      // closed picker clears it)
      await time.fill('08:00');
      await time.evaluate((input) => (input as HTMLInputElement).blur());
      await screenshot(desk, 'schedule-picked');
      await desk.getByRole('button', { name: 'Save' }).click();
      await panel.getByTestId('newsroom-scheduled-for').waitFor();
      assert.match(
        (await panel.getByTestId('newsroom-scheduled-for').textContent()) ?? '',
        /^Scheduled for 24 Dec 2030, 08:00$/
      );
      // 08:00 in Seoul is 23:00 the day before in UTC.
      const stored = await desk.evaluate(async (id) => {
        const raw = window.localStorage.getItem('jwtToken') ?? /jwtToken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const token = raw.startsWith('"') ? (JSON.parse(raw) as string) : decodeURIComponent(raw);
        const answer = await fetch(`/content-manager/collection-types/api::article.article/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await answer.json()) as { data: { publishAt: string | null } }).data.publishAt;
      }, documentId);
      assert.equal(stored, '2030-12-23T23:00:00.000Z');
      await screenshot(desk, 'schedule-saved');

      await desk.goto(`${BASE}${ARTICLES}`);
      const row = desk.getByRole('row').filter({ hasText: headline });
      await row.waitFor();
      assert.match((await row.textContent()) ?? '', /2030/, 'the list shows when the draft is scheduled for');
      await screenshot(desk, 'schedule-list');

      await row.getByText(headline).click();
      await panel.getByRole('button', { name: 'Cancel schedule' }).click();
      await desk.getByRole('button', { name: 'Save' }).click();
      await desk.getByText('Saved document').first().waitFor();
      await until(desk, () => panel.getByTestId('newsroom-scheduled-for').count(), 0, 'the schedule is cancelled');
      await desk.goto(`${BASE}${ARTICLES}`);
      const after = desk.getByRole('row').filter({ hasText: headline });
      await after.waitFor();
      assert.doesNotMatch((await after.textContent()) ?? '', /2030/, 'no longer scheduled in the list');
    } catch (error) {
      await screenshot(desk, 'failed-schedule').catch(() => undefined);
      throw error;
    } finally {
      await seoul.close();
    }
  });
});
