import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newsArticleJsonLd, storyImage } from './news-article-json-ld';
import type { Site } from './site-paths';
import type { StoryView } from './story-view';

const SITE: Site = {
  publicUrl: 'https://news.example.org',
  articlePath: '/articles/:slug',
  authorPath: '/authors/:slug',
  publisherName: 'The Example',
  publisherLogoUrl: '/logo.png',
  defaultImageUrl: '/default.png',
};
const MEDIA = 'https://cms.example.org';
const story = (extra: Partial<StoryView> = {}): StoryView => ({
  documentId: 'd1',
  slug: 'kim-meets-putin',
  title: 'Kim meets Putin',
  publishedAt: '2024-06-19T10:00:00.000Z',
  ...extra,
});
const bodyImage = (url: string) => ({ __component: 'article.image', image: { url } });

describe('storyImage: every story has one', () => {
  const cases: { name: string; story: StoryView; site?: Site; image: string | undefined }[] = [
    {
      name: 'the cover',
      story: story({ cover: { url: '/uploads/cover.jpg' }, body: [bodyImage('/uploads/b.jpg')] }),
      image: `${MEDIA}/uploads/cover.jpg`,
    },
    {
      name: 'else the first body image',
      story: story({
        body: [{ __component: 'article.text' }, bodyImage('/uploads/b.jpg'), bodyImage('/uploads/c.jpg')],
      }),
      image: `${MEDIA}/uploads/b.jpg`,
    },
    {
      name: 'an absolute media URL stays',
      story: story({ cover: { url: 'https://cdn.example.org/c.jpg' } }),
      image: 'https://cdn.example.org/c.jpg',
    },
    {
      name: 'else the site default',
      story: story({ body: [{ __component: 'article.text' }] }),
      image: 'https://news.example.org/default.png',
    },
    {
      name: 'none when no default is configured',
      story: story(),
      site: { ...SITE, defaultImageUrl: undefined },
      image: undefined,
    },
  ];
  for (const { name, story: s, site, image } of cases) {
    it(name, () => assert.equal(storyImage(s, site ?? SITE, MEDIA), image));
  }
});

describe('newsArticleJsonLd', () => {
  it('names the publisher with its logo, section and keywords, and the canonical URL', () => {
    const ld = newsArticleJsonLd(
      story({
        section: { name: 'World' },
        tags: [{ name: 'Russia' }, { name: 'North Korea' }],
        firstPublishedAt: '2013-01-11T00:00:00.000Z',
      }),
      SITE,
      MEDIA
    );
    assert.deepEqual(ld.publisher, {
      '@type': 'Organization',
      name: 'The Example',
      url: 'https://news.example.org',
      logo: { '@type': 'ImageObject', url: 'https://news.example.org/logo.png' },
    });
    assert.equal(ld.articleSection, 'World');
    assert.deepEqual(ld.keywords, ['Russia', 'North Korea']);
    assert.equal(ld.url, 'https://news.example.org/articles/kim-meets-putin');
    assert.equal(ld.datePublished, '2013-01-11T00:00:00.000Z');
    assert.deepEqual(ld.image, ['https://news.example.org/default.png']);
  });

  it('has no logo when none is configured', () => {
    const ld = newsArticleJsonLd(story(), { ...SITE, publisherLogoUrl: undefined }, MEDIA);
    assert.equal('logo' in ld.publisher, false);
  });
});
