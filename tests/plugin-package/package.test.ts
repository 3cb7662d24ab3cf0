/**
 * strapi-plugin-newsroom installed from its tarball into a guest app (app/) whose schema it was
 * not written for: a uid slug and a dynamic zone of Markdown, plain-text and figure components on
 * a draft & publish type; a string slug and Markdown on a localized type without draft & publish.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strapi } from '@strapi/client';
import type { Answer, ErrorAnswer } from '../support/answers';
import type { Collection } from '../support/api';

/** The guest app's story: a uid slug and the plugin's derived fields under names of its own. */
interface StoryAnswer {
  documentId: string;
  headline: string;
  slug: string;
  words: number;
  minutes: number;
}

/** The guest app's localized page: a string slug (`path`). */
interface PageAnswer {
  documentId: string;
  name: string;
  path: string;
  locale: string;
  words: number;
}

const url = process.env.GUEST_URL ?? 'http://127.0.0.1:1337';
const token = process.env.GUEST_TOKEN ?? '';
const client = strapi({ baseURL: `${url}/api`, auth: token });
// The same managers at run time, their answers typed (@strapi/client's own Document is any-indexed).
const stories = client.collection('stories') as unknown as Collection<StoryAnswer>;
const pages = client.collection('pages') as unknown as Collection<PageAnswer>;

const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

async function post<T>(path: string, data: unknown) {
  const response = await fetch(`${url}/api/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('a uid slug on a draft & publish type', () => {
  it('is transliterated from any script', async () => {
    const korean = (await stories.create({ headline: '김정은 러시아 방문' })).data;
    assert.equal(korean.slug, 'gimjeongeun-leosia-bangmun');
    const chinese = (await stories.create({ headline: '北京欢迎你' })).data;
    assert.equal(chinese.slug, 'bei-jing-huan-ying-ni');
    const ford = (await stories.create({ headline: 'Ford’s Layoff Wave Hits Michigan' })).data;
    assert.equal(ford.slug, 'fords-layoff-wave-hits-michigan');
  });

  it('takes -2 on a repeated headline', async () => {
    const headline = unique('Repeated Guest Headline');
    const first = (await stories.create({ headline })).data;
    const second = (await stories.create({ headline })).data;
    assert.equal(second.slug, `${first.slug}-2`);
  });

  it('refuses a taken explicit slug with a 400 naming the field, and writes nothing', async () => {
    const taken = (await stories.create({ headline: unique('Taken Guest Slug') })).data;
    const before = (await stories.find({ status: 'draft', pagination: { pageSize: 1 } })).meta.pagination.total;
    const answer = await post<ErrorAnswer>('stories', { headline: 'Someone else', slug: taken.slug });
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.name, 'ValidationError');
    assert.deepEqual(answer.body.error.details.errors[0].path, ['slug']);
    const after = (await stories.find({ status: 'draft', pagination: { pageSize: 1 } })).meta.pagination.total;
    assert.equal(after, before);
  });

  it('counts words of blocks, Markdown and listed plain text, not Markdown syntax, captions or labels', async () => {
    const story = (
      await stories.create({
        headline: unique('Counted Guest Story'),
        lede: [paragraph('Five words in the lede.')],
        sections: [
          {
            __component: 'blog.markdown',
            text: '## Two words\n\n**Bold** and [a link](https://example.com) ![alt text](/x.png)',
            note: 'not counted at all',
          },
          { __component: 'blog.pull-quote', quote: 'Quoted words count here', who: 'Not Counted' },
          { __component: 'blog.figure', caption: 'A caption is not body text' },
        ],
      })
    ).data;
    // 5 (lede) + 2 + 4 (Markdown) + 4 (quote)
    assert.equal(story.words, 15);
    assert.equal(story.minutes, 1);
  });

  it('reads a long Markdown body into minutes, with images adding time', async () => {
    const markdown = `${words(460)}\n\n![one](/1.png)\n\n![two](/2.png)`;
    const story = (
      await stories.create({
        headline: unique('Long Guest Story'),
        sections: [{ __component: 'blog.markdown', text: markdown }],
      })
    ).data;
    assert.equal(story.words, 460);
    // 460 words at 230 a minute is 2 minutes; two images add 12 + 11 seconds, not enough for a third.
    assert.equal(story.minutes, 2);
    const longer = (
      await stories.update(story.documentId, { sections: [{ __component: 'blog.markdown', text: words(700) }] })
    ).data;
    assert.equal(longer.words, 700);
    assert.equal(longer.minutes, 3);
  });

  it('ignores derived values a client sends', async () => {
    const story = (
      await stories.create({
        headline: unique('Sent Derived Values'),
        lede: [paragraph('Three small words')],
        words: 999,
        minutes: 42,
      })
    ).data;
    assert.equal(story.words, 3);
    assert.equal(story.minutes, 1);
  });
});

describe('a string slug on a localized type without draft & publish', () => {
  it('gives the same headline the plain slug in each locale', async () => {
    const name = unique('Guest Page Per Locale');
    const english = (await pages.create({ name, content: 'Hello **there** reader' }, { locale: 'en' })).data;
    const french = (await pages.create({ name, content: 'Bonjour à *vous* tous' }, { locale: 'fr' })).data;
    assert.match(english.path, /^guest-page-per-locale-[a-z0-9]+$/);
    assert.equal(french.path, english.path);
    assert.equal(english.locale, 'en');
    assert.equal(french.locale, 'fr');
    assert.equal(english.words, 3);
    assert.equal(french.words, 4);
  });

  it('counts suffixes per locale', async () => {
    const name = unique('Guest Page Suffix');
    const first = (await pages.create({ name }, { locale: 'en' })).data;
    const second = (await pages.create({ name }, { locale: 'en' })).data;
    const french = (await pages.create({ name }, { locale: 'fr' })).data;
    assert.equal(second.path, `${first.path}-2`);
    assert.equal(french.path, first.path, 'the French page is the first of its locale');
  });

  it('derives a new locale of an existing document on its own', async () => {
    const english = (
      await pages.create({ name: unique('Guest Page Translated'), content: words(10) }, { locale: 'en' })
    ).data;
    const french = (
      await pages.update(english.documentId, { name: english.name, content: words(4, 'mot') }, { locale: 'fr' })
    ).data;
    assert.equal(french.locale, 'fr');
    assert.equal(french.path, english.path);
    assert.equal(french.words, 4);
    const stillEnglish = (await pages.findOne(english.documentId, { locale: 'en' })).data;
    assert.equal(stillEnglish.words, 10);
  });

  it('refuses an explicit path taken in its locale, and allows it in another', async () => {
    const english = (await pages.create({ name: unique('Guest Page Taken') }, { locale: 'en' })).data;
    const clash = await post<ErrorAnswer>('pages?locale=en', { name: 'Other', path: english.path });
    assert.equal(clash.status, 400);
    assert.deepEqual(clash.body.error.details.errors[0].path, ['path']);
    const elsewhere = await post<Answer<PageAnswer>>('pages?locale=fr', { name: 'Autre', path: english.path });
    assert.equal(elsewhere.status, 201);
    assert.equal(elsewhere.body.data.path, english.path);
  });

  it('keeps the old path of a renamed page as a redirect of its locale', async () => {
    const page = (await pages.create({ name: unique('Guest Page Renamed') }, { locale: 'fr' })).data;
    await pages.update(page.documentId, { path: `${page.path}-nouveau` }, { locale: 'fr' });
    const response = await fetch(`${url}/api/pages?locale=fr&filters[path][$eq]=${page.path}-nouveau`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(((await response.json()) as Answer<PageAnswer[]>).data.length, 1);
  });
});
