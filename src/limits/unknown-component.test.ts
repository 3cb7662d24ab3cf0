import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownComponentIn } from './unknown-component';

const components: Record<string, object> = { 'article.text': {}, 'shared.link': {} };
const isKnown = (uid: string) => Object.hasOwn(components, uid);

const cases: [string, unknown, string | undefined][] = [
  ['no components', { data: { title: 'x' } }, undefined],
  ['known ones', { data: { body: [{ __component: 'article.text' }, { __component: 'shared.link' }] } }, undefined],
  ['an unknown one', { data: { body: [{ __component: 'article.video' }] } }, 'article.video'],
  ['a prototype name', { data: { body: [{ __component: 'constructor' }] } }, 'constructor'],
  [
    'nested inside a component',
    { data: { body: [{ __component: 'article.text', x: { __component: 'toString' } }] } },
    'toString',
  ],
  ['a name that is no string is left to Strapi', { data: { body: [{ __component: 5 }] } }, undefined],
];

describe('unknownComponentIn', () => {
  for (const [name, body, found] of cases) it(name, () => assert.equal(unknownComponentIn(body, isKnown), found));
});
