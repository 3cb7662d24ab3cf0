import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { purgeFor } from './purge-on-write';

describe('purgeFor', () => {
  const story = { documentId: 'a1', type: 'article', draftAndPublish: true };
  const author = { documentId: 'p1', type: 'author', draftAndPublish: false };
  const soft = (id: string, type: string) => ({ keys: [`d:${id}`, `t:${type}`], soft: true });
  const hard = (id: string, type: string) => ({ keys: [`d:${id}`, `t:${type}`], soft: false });
  const cases: { name: string; write: Parameters<typeof purgeFor>[0]; purge: ReturnType<typeof purgeFor> }[] = [
    { name: 'a draft created', write: { ...story, action: 'create' }, purge: null },
    {
      name: 'a story created published',
      write: { ...story, action: 'create', status: 'published' },
      purge: soft('a1', 'article'),
    },
    { name: 'a draft edited', write: { ...story, action: 'update', status: 'draft' }, purge: null },
    {
      name: 'an edit published at once',
      write: { ...story, action: 'update', status: 'published' },
      purge: soft('a1', 'article'),
    },
    { name: 'a publish', write: { ...story, action: 'publish' }, purge: soft('a1', 'article') },
    { name: 'an unpublish', write: { ...story, action: 'unpublish' }, purge: hard('a1', 'article') },
    { name: 'a delete', write: { ...story, action: 'delete' }, purge: hard('a1', 'article') },
    { name: 'a discarded draft', write: { ...story, action: 'discardDraft' }, purge: null },
    { name: 'a read', write: { ...story, action: 'findMany' }, purge: null },
    { name: 'an author renamed (no drafts)', write: { ...author, action: 'update' }, purge: soft('p1', 'author') },
    { name: 'an author created', write: { ...author, action: 'create' }, purge: soft('p1', 'author') },
  ];
  for (const { name, write, purge } of cases) it(name, () => assert.deepEqual(purgeFor(write), purge));
});
