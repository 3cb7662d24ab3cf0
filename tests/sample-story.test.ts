import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { gql } from 'graphql-request';
import type { ArticleAnswer, BlockNode } from './support/answers';
import { publicGraphql, publicRest } from './support/api';

// What the fixture says, read from the fixture itself so the test cannot drift from it.
const fixture = fs.readFileSync(path.join(__dirname, '..', 'data', 'sample', 'kim-jong-un-russia-visit.txt'), 'utf8');
const chunks = fixture
  .split(/\n\s*\n/)
  .map((c) => c.trim())
  .filter(Boolean);
const title = chunks[0];
const aboutIndex = chunks.indexOf('About the author');
const storyChunks = chunks.slice(1, aboutIndex);
const bio = chunks.slice(aboutIndex + 1).join('\n\n');

/** The fixture's body as the sequence of blocks the CMS must hold. */
const expectedBlocks = () => {
  const blocks: { kind: string; texts?: string[]; title?: string }[] = [];
  for (const chunk of storyChunks) {
    const readAlso = /^Read Also: (.+)$/.exec(chunk);
    if (readAlso) blocks.push({ kind: 'read-also', title: readAlso[1] });
    else if (blocks.at(-1)?.kind === 'text') blocks.at(-1)!.texts!.push(chunk);
    else blocks.push({ kind: 'text', texts: [chunk] });
  }
  return blocks;
};

const nodeText = (node: BlockNode): string => node.text ?? (node.children ?? []).map(nodeText).join('');

const POPULATE = {
  author: true,
  body: {
    on: {
      'article.text': true,
      'article.read-also': { populate: { link: true } },
      'article.image': { populate: { image: true } },
    },
  },
};

describe('the sample story', () => {
  let story: ArticleAnswer;

  before(async () => {
    const list = await publicRest()
      .collection('articles')
      .find({ filters: { title: { $eq: title } }, populate: POPULATE });
    assert.equal(list.data.length, 1, 'the sample story is seeded exactly once');
    story = list.data[0];
  });

  it('is published with its headline and a slug', async () => {
    assert.equal(story.title, title);
    assert.match(story.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(story.publishedAt);
    const bySlug = await publicRest()
      .collection('articles')
      .find({ filters: { slug: { $eq: story.slug } } });
    assert.equal(bySlug.data[0]?.documentId, story.documentId);
  });

  it('keeps every paragraph, the heading and both Read Also links, in order', () => {
    const expected = expectedBlocks();
    assert.deepEqual(
      story.body.map((block) => block.__component),
      expected.map((block) => `article.${block.kind}`)
    );
    expected.forEach((block, i) => {
      const actual = story.body[i];
      if (block.kind === 'read-also') {
        assert.equal(actual.link?.title, block.title, 'typographic quotes survive');
        assert.equal(actual.link?.label, 'Read Also');
      } else {
        assert.deepEqual(actual.content.map(nodeText), block.texts);
      }
    });
  });

  it('marks "Growing Military Cooperation" as a heading', () => {
    const nodes = story.body.flatMap((block) => block.content ?? []);
    const headings = nodes.filter((node) => node.type === 'heading');
    assert.deepEqual(headings.map(nodeText), ['Growing Military Cooperation']);
    assert.equal(nodes.filter((node) => node.type === 'paragraph').length, storyChunks.length - 3);
  });

  it('has its author with the "About the author" text as bio', () => {
    assert.equal(story.author?.bio, bio);
    assert.equal(story.author?.email, undefined);
  });

  it('carries the derived reading time and word count', () => {
    assert.equal(story.readingTime, 2);
    assert.ok(story.wordCount >= 400 && story.wordCount <= 430, `wordCount ${story.wordCount}`);
    assert.ok(story.excerpt.startsWith('After a week-long visit to Russia'));
    assert.ok(story.excerpt.endsWith('…'));
  });

  it('is served by GraphQL with the same blocks in the same order', async () => {
    const result = await publicGraphql().request<{
      articles: {
        documentId: string;
        readingTime: number;
        author: { bio: string };
        // One shape for both kinds, as the REST BodyBlock: each block's kind is known from its place.
        body: { __typename: string; content: BlockNode[]; link: { title: string; label: string } }[];
      }[];
    }>(
      gql`
        query Story($slug: String!) {
          articles(filters: { slug: { eq: $slug } }) {
            documentId
            title
            readingTime
            wordCount
            author {
              name
              bio
            }
            body {
              __typename
              ... on ComponentArticleText {
                content
              }
              ... on ComponentArticleReadAlso {
                link {
                  title
                  label
                }
              }
            }
          }
        }
      `,
      { slug: story.slug }
    );
    const [article] = result.articles;
    assert.equal(article.documentId, story.documentId);
    assert.equal(article.readingTime, 2);
    assert.deepEqual(
      article.body.map((block) => block.__typename),
      ['ComponentArticleText', 'ComponentArticleReadAlso', 'ComponentArticleText', 'ComponentArticleReadAlso']
    );
    assert.deepEqual(article.body[0].content, story.body[0].content);
    assert.equal(article.body[3].link.title, story.body[3].link.title);
    assert.equal(article.author.bio, bio);
  });
});
