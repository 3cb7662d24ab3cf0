import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer, ArticleAnswer } from './support/answers';
import { apiToken, database, http, publicRest, secondUrl, trustedRest, unique } from './support/api';

describe('HTTP caching of public reads', () => {
  it('answers with ETag and Cache-Control, and 304 to a matching If-None-Match', async () => {
    const [story] = (
      await publicRest()
        .collection('articles')
        .find({ pagination: { pageSize: 1 } })
    ).data;
    for (const path of ['/api/articles', `/api/articles/${story.documentId}`, `/api/articles/slug/${story.slug}`]) {
      const first = await http(path);
      const etag = first.headers.get('etag');
      assert.ok(etag, `${path} has an ETag`);
      assert.match(first.headers.get('cache-control') ?? '', /public, max-age=\d+, stale-while-revalidate=\d+/);
      const again = await http(path, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304, path);
      assert.equal(again.body, null);
      const stale = await http(path, { headers: { 'if-none-match': '"something-else"' } });
      assert.equal(stale.status, 200);
    }
  });

  it('changes the ETag when the story changes', async () => {
    const story = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Cached Then Edited') })
    ).data;
    const before = await http(`/api/articles/slug/${story.slug}`);
    await trustedRest().collection('articles').update(story.documentId, { summary: 'A new standfirst.' });
    const after = await http<Answer<ArticleAnswer>>(`/api/articles/slug/${story.slug}`, {
      headers: { 'if-none-match': before.headers.get('etag') ?? '' },
    });
    assert.equal(after.status, 200);
    assert.equal(after.body.data.summary, 'A new standfirst.');
    assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
  });

  it('shows an edit of anything on the page at once: the author’s bio, a Read Also title', async () => {
    const author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('Cached Author'), bio: 'Old bio.' })
    ).data;
    const link = (
      await trustedRest().collection('related-links').create({ title: 'Old link title', url: 'https://example.org/x' })
    ).data;
    const story = (
      await trustedRest()
        .collection('articles')
        .create({
          title: unique('Page With Dependencies'),
          author: author.documentId,
          body: [{ __component: 'article.read-also', link: link.documentId }],
        })
    ).data;
    const page = async () => (await http<Answer<ArticleAnswer>>(`/api/articles/slug/${story.slug}`)).body.data;
    assert.equal((await page()).author.bio, 'Old bio.');
    await trustedRest().collection('authors').update(author.documentId, { bio: 'New bio.' });
    assert.equal((await page()).author.bio, 'New bio.');
    await trustedRest().collection('related-links').update(link.documentId, { title: 'New link title' });
    assert.equal((await page()).body[0].link.title, 'New link title');
  });

  it('never lets a shared cache store an authenticated answer', async () => {
    const answer = await http('/api/articles?status=draft', { token: apiToken });
    assert.equal(answer.headers.get('cache-control'), 'private, no-store');
  });

  it(
    'never serves a stale page from another process after an edit or a publish',
    { skip: !secondUrl && `needs two processes (PostgreSQL run); this run is ${database}` },
    async () => {
      const viaSecond = async (slug: string) => {
        const response = await fetch(`${secondUrl}/api/articles/slug/${slug}`);
        return { status: response.status, body: (await response.json()) as Answer<ArticleAnswer> };
      };
      const story = (
        await trustedRest()
          .collection('articles')
          .create({ title: unique('Two Process Cache') }, { status: 'draft' })
      ).data;
      assert.equal((await viaSecond(story.slug)).status, 404, 'draft: not found, and that answer is cached');

      await trustedRest().collection('articles').update(story.documentId, { summary: 'First standfirst.' });
      const published = await viaSecond(story.slug);
      assert.equal(published.status, 200, 'published through process 1, seen by process 2');
      assert.equal(published.body.data.summary, 'First standfirst.');

      await trustedRest().collection('articles').update(story.documentId, { summary: 'Corrected standfirst.' });
      assert.equal((await viaSecond(story.slug)).body.data.summary, 'Corrected standfirst.');
    }
  );
});
