/**
 * The newsroom desk in a real browser: Debian's Chromium driven by
 * playwright-core against the built admin panel of a real Strapi (started by
 * tests/e2e/run.ts on a fresh SQLite database).
 *
 * An editor logs in, creates an author, writes a story (a heading, two
 * paragraphs and a Read Also link) watching the slug follow the headline,
 * saves it and sees the reading time, opens the preview, publishes, and a
 * public REST request by slug returns the story. Screenshots of the edit view
 * and of the preview land in tests/e2e/artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, FrameLocator, Page, Request } from 'playwright-core';
import { slugify } from '../../src/plugins/newsroom/server/src/text/slugify';
import type { Answer, ArticleAnswer, NewsArticleLd, StoryMeta } from '../support/answers';
import { adminPage, launchChromium, screenshot, until } from './support/browser';

const BASE = process.env.E2E_URL ?? '';
const EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'editor@newsroom.test';
const PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'Editor-Passw0rd!';

const AUTHOR = {
  name: 'Min-ji Park',
  jobTitle: 'Seoul correspondent',
  bio: 'Min-ji Park covers the Korean peninsula from Seoul.',
  email: 'minji.park@newsroom.test',
};
const HEADLINE = 'Kim Jong-un’s Train Crosses Into Russia for Talks With Putin';
const SUBHEADING = 'Growing Military Cooperation';
const PARAGRAPHS = [
  'North Korean leader Kim Jong-un crossed into Russia by armoured train on Tuesday for talks with President Vladimir Putin.',
  'Officials in Seoul said the visit would focus on weapons, satellites and food aid.',
];
// The sample story's Read Also link (data/sample), picked in the editor by its title.
const READ_ALSO = /Ford’s Layoff Wave Hits Michigan Facility/;

const ARTICLES = '/admin/content-manager/collection-types/api::article.article';
const AUTHORS = '/admin/content-manager/collection-types/api::author.author';

describe('the admin panel as a newsroom desk', { skip: !BASE && 'run through npm run test:e2e' }, () => {
  let browser: Browser;
  let page: Page;
  let broken = false;
  let authorDocumentId = '';
  let articleUrl = '';
  let slug = '';

  const step = (name: string, fn: () => Promise<void>) =>
    it(name, async (t) => {
      if (broken) return t.skip('an earlier step failed');
      try {
        await fn();
      } catch (error) {
        broken = true;
        await screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => undefined);
        throw error;
      }
    });

  before(async () => {
    browser = await launchChromium();
    page = await adminPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  step('logs in', async () => {
    await page.goto(`${BASE}/admin/auth/login`);
    await page.locator('input[name="email"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/admin\/?$/);
  });

  step('creates an author, whose slug follows the name', async () => {
    await page.goto(`${BASE}${AUTHORS}/create`);
    await page.locator('input[name="name"]').pressSequentially(AUTHOR.name);
    await until(
      page,
      () => page.locator('input[name="slug"]').inputValue(),
      'min-ji-park',
      'the author slug follows the name'
    );
    await page.locator('input[name="jobTitle"]').fill(AUTHOR.jobTitle);
    await page.locator('textarea[name="bio"]').fill(AUTHOR.bio);
    await page.locator('input[name="email"]').fill(AUTHOR.email);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`${AUTHORS.replace(/[.:]/g, '\\$&')}/[a-z0-9]{20,}`));
    authorDocumentId = page.url().split('/').pop()!.split('?')[0];
  });

  step(
    'proposes, as the headline is typed, the slug the server generates — Korean, Russian and Chinese too',
    async () => {
      await page.goto(`${BASE}${ARTICLES}/create`);
      const title = page.locator('input[name="title"]');
      const slugInput = page.locator('input[name="slug"]');
      await title.waitFor();
      assert.equal(await slugInput.inputValue(), '');
      for (const headline of [
        '김정은, 러시아 방문 마치고 귀국',
        'Ким Чен Ын завершил визит в Россию',
        '金正恩结束访俄之行',
      ]) {
        await title.fill('');
        await title.pressSequentially(headline);
        const expected = slugify(headline);
        assert.match(expected, /^[a-z0-9]+(-[a-z0-9]+)+$/, `the server makes a readable slug of ${headline}`);
        await until(page, () => slugInput.inputValue(), expected, `slug proposed for “${headline}”`);
      }
      await title.fill('');
      await title.pressSequentially(HEADLINE);
      await until(
        page,
        () => slugInput.inputValue(),
        'kim-jong-uns-train-crosses-into-russia-for-talks-with-putin',
        'slug proposed for the headline'
      );
    }
  );

  step('writes the story: a heading, two paragraphs and a Read Also link, picked by its title', async () => {
    const addBlock = async (name: string) => {
      await page.getByRole('button', { name: /Add a component to (Story|body)/ }).click();
      // The component picker groups blocks by category: "Article".
      await page
        .getByRole('region', { name: 'Article' })
        .getByRole('button', { name: new RegExp(`^${name}$`) })
        .click();
    };

    await addBlock('Text');
    const editors = page.locator('[role="textbox"][contenteditable="true"]');
    await editors.first().click();
    await page.keyboard.type(`## ${SUBHEADING}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(PARAGRAPHS[0]);

    await addBlock('Read Also');
    await page.getByRole('combobox', { name: /Read Also link/ }).click();
    // The picker lists RelatedLinks by their titles.
    await page.getByRole('option', { name: READ_ALSO }).click();

    await addBlock('Text');
    await editors.nth(1).click();
    await page.keyboard.type(PARAGRAPHS[1]);

    await page.getByRole('combobox', { name: /^Author/ }).click();
    await page.getByRole('option', { name: AUTHOR.name }).click();
  });

  step('saves, and the derived fields are shown read-only: reading time, word count, excerpt', async () => {
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`${ARTICLES.replace(/[.:]/g, '\\$&')}/[a-z0-9]{20,}`));
    articleUrl = page.url();
    const readingTime = page.locator('input[name="readingTime"]');
    await until(page, () => readingTime.inputValue(), '1', 'reading time after save');
    assert.equal(await readingTime.isDisabled(), true, 'reading time is read-only');
    assert.equal(await page.locator('input[name="wordCount"]').isDisabled(), true, 'word count is read-only');
    assert.equal(await page.locator('textarea[name="excerpt"]').isDisabled(), true, 'excerpt is read-only');
    assert.match(
      await page.locator('textarea[name="excerpt"]').inputValue(),
      /^Growing Military Cooperation North Korean leader/
    );
    const words = Number(await page.locator('input[name="wordCount"]').inputValue());
    assert.ok(words > 30 && words < 40, `word count ${words}`);
    slug = await page.locator('input[name="slug"]').inputValue();
    assert.equal(
      slug,
      'kim-jong-uns-train-crosses-into-russia-for-talks-with-putin',
      'the server kept the proposed slug'
    );

    // Every field has a name an editor reads, not the schema's, and tells what it is for.
    for (const raw of [
      'title',
      'slug',
      'summary',
      'excerpt',
      'body',
      'cover',
      'author',
      'readingTime',
      'wordCount',
      'sourceId',
      'content',
      'link',
    ]) {
      assert.equal(
        await page
          .locator('label')
          .filter({ hasText: new RegExp(`^${raw}\\*?(\\s*\\(\\d+\\))?\\s*$`) })
          .count(),
        0,
        `a field labelled "${raw}"`
      );
    }
    for (const text of [
      'The headline, as readers see it',
      'The story’s address, made from the headline as you type.',
      'Filled in on save: minutes to read the body.',
      'Filled in on save: words in the body.',
      'Filled in on save: the standfirst, or the start of the body.',
      'Who wrote the story; their bio appears in the “About the author” box.',
    ]) {
      await page.getByText(text, { exact: false }).first().waitFor();
    }
    await page.getByText(AUTHOR.name).first().waitFor();

    // The whole edit view, every block open: the admin panel scrolls inside its layout, so use a tall window.
    await page.setViewportSize({ width: 1440, height: 2600 });
    // Collapsed, each block reads its first words or its link's title, not just "Text" or "Read Also".
    await page
      .getByRole('button', { name: new RegExp(`^Text - ${SUBHEADING} North Korean leader Kim Jong-un…`) })
      .waitFor();
    await page.getByRole('button', { name: /^Read Also - Ford’s Layoff Wave Hits Michigan Facility/ }).waitFor();
    await page.getByRole('button', { name: /^Text - Officials in Seoul said/ }).waitFor();
    for (const block of await page.getByRole('button', { name: /^(Text|Read Also) - / }).all()) await block.click();
    // The saved Read Also block shows its link by title.
    await page.getByText(READ_ALSO).first().waitFor();
    await page.getByText(PARAGRAPHS[1]).waitFor();
    await screenshot(page, 'edit-view');
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  step('opens the preview: the story rendered from a signed link, no API token in the browser', async () => {
    const apiRequests: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request);
    });
    await page.getByRole('link', { name: 'Open preview' }).click();
    await page.waitForURL(/\/preview(\?|$)/);
    const iframe = page.locator('iframe[data-testid="preview-iframe"]');
    const src = (await iframe.getAttribute('src')) ?? '';
    assert.match(src, /\/preview\/[a-z0-9]+\.d\.\d+\.[A-Za-z0-9_-]{43}$/, 'a signed draft link');

    const story: FrameLocator = page.frameLocator('iframe[data-testid="preview-iframe"]');
    await story.locator('h1.story__headline').filter({ hasText: HEADLINE }).waitFor();
    assert.equal(await story.locator('.story__byline strong').textContent(), AUTHOR.name);
    assert.match((await story.locator('.story__reading-time').textContent()) ?? '', /^1 min read$/);
    const blocks = story.locator('.story__body [data-block]');
    assert.deepEqual(await blocks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-block'))), [
      'text',
      'read-also',
      'text',
    ]);
    assert.equal(await story.locator('.story__body h2').textContent(), SUBHEADING);
    assert.deepEqual(await story.locator('.story__body p').allTextContents(), PARAGRAPHS);
    // The sample link points to no page yet (no URL, no published story): shown as text.
    assert.match(
      (await story.locator('.read-also').textContent()) ?? '',
      new RegExp(`^Read Also:\\s*${READ_ALSO.source}`)
    );
    assert.match(
      (await story.locator('.author-box').textContent()) ?? '',
      new RegExp(`About the author.*${AUTHOR.name}.*${AUTHOR.jobTitle}.*${AUTHOR.bio}`)
    );
    const jsonLd = JSON.parse(
      (await story.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
    ) as Partial<NewsArticleLd>;
    assert.equal(jsonLd['@type'], 'NewsArticle');
    assert.equal(jsonLd.headline, HEADLINE);
    assert.equal(jsonLd.timeRequired, 'PT1M');
    assert.deepEqual(
      jsonLd.author?.map((person) => person.name),
      [AUTHOR.name]
    );
    assert.ok(
      !(await story.locator('body').textContent())?.includes(AUTHOR.email),
      'the author email reached the page'
    );

    // The page read the draft with the signed token only.
    const previewReads = apiRequests.filter((request) => new URL(request.url()).pathname === '/api/preview');
    assert.ok(previewReads.length > 0, 'the story page read /api/preview');
    for (const request of apiRequests) {
      const authorization = (await request.allHeaders()).authorization ?? '';
      assert.ok(!/^Bearer /i.test(authorization), `${request.url()} carried a bearer token`);
    }
    await screenshot(page, 'preview');
    const direct = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await direct.goto(new URL(src, BASE).toString());
    await direct.locator('h1.story__headline').waitFor();
    await screenshot(direct, 'preview-page');
    await direct.close();
  });

  step('publishes; a public REST request by slug returns the story', async () => {
    const before = await fetch(`${BASE}/api/articles/slug/${slug}`);
    assert.equal(before.status, 404, 'the draft is not public');

    await page.goto(articleUrl);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published', { exact: true }).first().waitFor();
    await until(
      page,
      async () => (await fetch(`${BASE}/api/articles/slug/${slug}`)).status,
      200,
      'published story by slug'
    );

    const answer = (await (await fetch(`${BASE}/api/articles/slug/${slug}`)).json()) as Answer<
      ArticleAnswer,
      StoryMeta
    >;
    assert.equal(answer.data.title, HEADLINE);
    assert.equal(answer.data.readingTime, 1);
    assert.equal(answer.data.author.name, AUTHOR.name);
    assert.equal(answer.data.author.email, undefined);
    assert.deepEqual(
      answer.data.body.map((block) => block.__component),
      ['article.text', 'article.read-also', 'article.text']
    );
    assert.match(answer.data.body[1].link.title, READ_ALSO);
    assert.equal(answer.meta.jsonLd.headline, HEADLINE);

    // The same reference page renders the published story at its public address.
    const reader = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await reader.goto(`${BASE}/articles/${slug}`);
    await reader.locator('h1.story__headline').filter({ hasText: HEADLINE }).waitFor();
    assert.equal(await reader.locator('#preview-banner').isHidden(), true);
    await screenshot(reader, 'story-page');
    await reader.close();
  });

  step('the list view shows headline, slug, author, when a draft is scheduled for, and status', async () => {
    await page.goto(`${BASE}${ARTICLES}`);
    await page.getByRole('row').filter({ hasText: HEADLINE }).waitFor();
    const headers = (await page.locator('thead th').allTextContents()).map((text) => text.trim().toLowerCase());
    for (const column of ['headline', 'slug', 'author', 'scheduled for', 'status']) {
      assert.ok(
        headers.some((header) => header.startsWith(column)),
        `list column "${column}" in ${JSON.stringify(headers)}`
      );
    }
    // …all on screen, not scrolled off to the right.
    const status = await page
      .locator('thead th')
      .filter({ hasText: /^status$/i })
      .boundingBox();
    assert.ok(status && status.x + status.width <= 1440, `the Status column is off screen: ${JSON.stringify(status)}`);
    const row = page.getByRole('row').filter({ hasText: HEADLINE });
    await row.getByText(AUTHOR.name).waitFor();
    await row.getByText('Published').waitFor();
    assert.ok(authorDocumentId, 'the author was created');
    await screenshot(page, 'list-view');
  });

  /** Records the slug proposals the edit view asks for from now on. */
  const watchProposals = () => {
    const proposals: string[] = [];
    const listener = (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/newsroom/slugs/propose' || path === '/content-manager/uid/generate')
        proposals.push(request.postData() ?? '');
    };
    page.on('request', listener);
    return { proposals, stop: () => page.off('request', listener) };
  };

  step('stops following once the editor types a slug by hand; emptying the field hands it back', async () => {
    await page.goto(`${BASE}${ARTICLES}/create`);
    const title = page.locator('input[name="title"]');
    const slugInput = page.locator('input[name="slug"]');
    await title.pressSequentially('Hand Picked Address');
    await until(page, () => slugInput.inputValue(), 'hand-picked-address', 'slug follows before the editor touches it');

    assert.equal(await page.getByRole('button', { name: 'Regenerate' }).count(), 1, 'a draft offers regenerate');
    await slugInput.fill('desk-chosen-address');
    // The availability note sits beside the typed slug, not over it.
    const note = page.getByText('Available', { exact: true });
    await note.waitFor();
    await screenshot(page, 'slug-available');
    // Where the input draws its text ends before the note begins, however long the slug.
    const textEnd = await slugInput.evaluate((input) => {
      const box = input.getBoundingClientRect();
      return box.right - parseFloat(getComputedStyle(input).paddingRight);
    });
    const noteBox = await note.boundingBox();
    assert.ok(
      noteBox && textEnd <= noteBox.x + 1,
      `the note overlaps the slug text: text ends at ${textEnd}, note ${JSON.stringify(noteBox)}`
    );
    const watcher = watchProposals();
    await title.fill('Hand Picked Address Updated');
    // Typing elsewhere takes many times the proposal delay: a proposal would have been asked for by now.
    await page.locator('textarea[name="summary"]').pressSequentially('A standfirst typed after the headline changed.');
    watcher.stop();
    assert.deepEqual(watcher.proposals, [], 'no slug proposed after the editor typed one');
    assert.equal(await slugInput.inputValue(), 'desk-chosen-address');

    await slugInput.fill('');
    await title.fill('Hand Picked Address Updated Again');
    await until(
      page,
      () => slugInput.inputValue(),
      'hand-picked-address-updated-again',
      'an emptied slug follows the headline again'
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`${ARTICLES.replace(/[.:]/g, '\\$&')}/[a-z0-9]{20,}`));
    await until(page, () => slugInput.inputValue(), 'hand-picked-address-updated-again', 'the server kept it');
  });

  step('a published story’s slug no longer follows the headline', async () => {
    await page.goto(articleUrl);
    const title = page.locator('input[name="title"]');
    const slugInput = page.locator('input[name="slug"]');
    await until(page, () => slugInput.inputValue(), slug, 'the published slug');
    const watcher = watchProposals();
    await title.fill('');
    await title.pressSequentially('Kim Jong-un Returns Home From Russia');
    await page.locator('textarea[name="summary"]').pressSequentially('The headline changed after publication.');
    watcher.stop();
    assert.deepEqual(watcher.proposals, [], 'no slug proposed for a published story');
    assert.equal(await slugInput.inputValue(), slug);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document').first().waitFor();
    assert.equal(await slugInput.inputValue(), slug);
    assert.equal((await fetch(`${BASE}/api/articles/slug/${slug}`)).status, 200, 'the published address still answers');
    assert.equal(
      await page.getByRole('button', { name: 'Regenerate' }).count(),
      0,
      'a published story offers no regenerate'
    );
    await page.getByText('Published: this address stays when the headline changes.', { exact: false }).waitFor();
  });

  step('a slug typed on a published story moves it; the story shows its old address', async () => {
    await page.goto(articleUrl);
    const slugInput = page.locator('input[name="slug"]');
    await until(page, () => slugInput.inputValue(), slug, 'the published slug');
    const moved = `${slug}-moved`;
    await slugInput.fill(moved);
    await page.getByRole('button', { name: 'Publish' }).click();
    await until(
      page,
      async () => (await fetch(`${BASE}/api/articles/slug/${moved}`)).status,
      200,
      'the story at its new address'
    );
    const panel = page.getByTestId('newsroom-old-addresses');
    await panel.getByText(slug, { exact: true }).waitFor();
    assert.equal(
      (await fetch(`${BASE}/api/articles/slug/${slug}`, { redirect: 'manual' })).status,
      301,
      'the old address redirects'
    );
    await screenshot(page, 'old-addresses');
    slug = moved;
  });

  step('the sidebar lists the desk’s types, not the plugin’s redirect table', async () => {
    await page.goto(`${BASE}${ARTICLES}`);
    const nav = page
      .getByRole('navigation')
      .filter({ hasText: /Article/ })
      .first();
    await nav.waitFor();
    assert.equal(
      await page.getByRole('link', { name: /Slug redirect/i }).count(),
      0,
      'Slug redirect is in the sidebar'
    );
  });
});
