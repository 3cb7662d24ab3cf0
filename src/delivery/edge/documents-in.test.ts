import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentsIn, type SchemaOf, type WalkedAttributes } from './documents-in';

const types: Record<string, WalkedAttributes> = {
  'api::article.article': {
    title: { type: 'string' },
    cover: { type: 'media' },
    author: { type: 'relation', target: 'api::author.author' },
    tags: { type: 'relation', target: 'api::tag.tag' },
    body: { type: 'dynamiczone' },
    box: { type: 'component', component: 'shared.box' },
  },
  'api::author.author': {
    avatar: { type: 'media' },
    articles: { type: 'relation', target: 'api::article.article', mappedBy: 'author' },
  },
  'api::tag.tag': {},
  'api::related-link.related-link': { article: { type: 'relation', target: 'api::article.article' } },
};
const components: Record<string, WalkedAttributes> = {
  'article.read-also': { link: { type: 'relation', target: 'api::related-link.related-link' } },
  'article.image': { image: { type: 'media' } },
  'shared.box': { people: { type: 'relation', target: 'api::author.author' } },
};
const schema: SchemaOf = { contentType: (uid) => types[uid], component: (uid) => components[uid] };

const plain = (found: ReturnType<typeof documentsIn>) => ({
  documents: Object.fromEntries([...found.documents].map(([uid, ids]) => [uid, [...ids].sort()])),
  lists: [...found.lists].sort(),
});

describe('documentsIn', () => {
  const cases: { name: string; uid: string; result: unknown; documents: Record<string, string[]>; lists?: string[] }[] =
    [
      { name: 'nothing found', uid: 'api::article.article', result: null, documents: {} },
      { name: 'an empty list', uid: 'api::article.article', result: [], documents: {} },
      {
        name: 'a row and its relations and media',
        uid: 'api::article.article',
        result: {
          documentId: 'a1',
          title: 'x',
          cover: { documentId: 'f1' },
          author: { documentId: 'p1', avatar: null },
        },
        documents: { 'api::article.article': ['a1'], 'plugin::upload.file': ['f1'], 'api::author.author': ['p1'] },
      },
      {
        name: 'rows, many-relations and nested relations',
        uid: 'api::article.article',
        result: [
          { documentId: 'a1', tags: [{ documentId: 't1' }, { documentId: 't2' }] },
          {
            documentId: 'a2',
            tags: [{ documentId: 't2' }],
            author: { documentId: 'p1', avatar: { documentId: 'f9' } },
          },
        ],
        documents: {
          'api::article.article': ['a1', 'a2'],
          'api::tag.tag': ['t1', 't2'],
          'api::author.author': ['p1'],
          'plugin::upload.file': ['f9'],
        },
      },
      {
        name: 'dynamic-zone blocks and components, by their own schemas',
        uid: 'api::article.article',
        result: {
          documentId: 'a1',
          body: [
            { __component: 'article.read-also', link: { documentId: 'l1', article: { documentId: 'a7' } } },
            { __component: 'article.image', image: { documentId: 'f2' } },
            { __component: 'article.unknown', thing: { documentId: 'zz' } },
          ],
          box: { people: [{ documentId: 'p2' }] },
        },
        documents: {
          'api::article.article': ['a1', 'a7'],
          'api::related-link.related-link': ['l1'],
          'plugin::upload.file': ['f2'],
          'api::author.author': ['p2'],
        },
      },
      {
        name: 'an inverse relation lists its target type',
        uid: 'api::author.author',
        result: { documentId: 'p1', articles: [{ documentId: 'a1' }] },
        documents: { 'api::author.author': ['p1'], 'api::article.article': ['a1'] },
        lists: ['api::article.article'],
      },
      {
        name: 'rows without a documentId (a join row, a count)',
        uid: 'api::article.article',
        result: [{ id: 3 }, 7],
        documents: {},
      },
    ];
  for (const { name, uid, result, documents, lists = [] } of cases) {
    it(name, () => assert.deepEqual(plain(documentsIn(schema, uid, result)), { documents, lists }));
  }
});
