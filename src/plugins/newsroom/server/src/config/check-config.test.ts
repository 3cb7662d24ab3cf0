import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOptions } from './check-options';
import { checkSchemas, type SchemaLookup } from './check-schemas';
import { defaultConfig, type NewsroomConfig } from './options';

const types: Record<string, Record<string, { type: string }>> = {
  'api::article.article': {
    title: { type: 'string' },
    slug: { type: 'uid' },
    summary: { type: 'text' },
    body: { type: 'dynamiczone' },
    cover: { type: 'media' },
    readingTime: { type: 'integer' },
    excerpt: { type: 'text' },
    publishAt: { type: 'datetime' },
    unpublishAt: { type: 'datetime' },
  },
  'api::page.page': { name: { type: 'string' }, path: { type: 'string' }, goLive: { type: 'datetime' } },
};
const components: Record<string, Record<string, { type: string }>> = {
  'article.text': { content: { type: 'blocks' }, caption: { type: 'string' } },
};
const schemas: SchemaLookup = {
  contentTypeUids: () => [...Object.keys(types), 'plugin::users-permissions.user'],
  contentType: (uid) => types[uid],
  component: (uid) => components[uid],
  draftAndPublish: (uid) => uid === 'api::article.article',
};

const good = {
  'api::article.article': {
    slug: { field: 'slug', source: 'title' },
    reading: {
      fields: ['body'],
      components: { 'article.text': ['content'] },
      summary: 'summary',
      excerpt: 'excerpt',
      readingTime: 'readingTime',
    },
    schedule: { publishAt: 'publishAt', unpublishAt: 'unpublishAt' },
  },
  'api::page.page': { slug: { field: 'path', source: 'name' } },
};

const withTypes = (contentTypes: unknown, extra: Record<string, unknown> = {}) =>
  ({ ...defaultConfig, ...extra, contentTypes }) as NewsroomConfig;

test('a good configuration passes both checks (a uid slug and a string slug)', () => {
  const config = withTypes(good);
  checkOptions(config);
  checkSchemas(config, schemas);
});

const refused: Array<{ name: string; config: NewsroomConfig; message: RegExp }> = [
  {
    name: 'an unknown top-level option',
    config: withTypes(good, { slugLength: 80 }),
    message: /^.*: slugLength: unknown option; expected one of contentTypes, reservedSlugs/,
  },
  {
    name: 'an unknown content-type option',
    config: withTypes({ 'api::page.page': { slugs: {} } }),
    message: /contentTypes\["api::page\.page"\]\.slugs: unknown option; expected one of slug, reading, schedule$/,
  },
  {
    name: 'a slug without its source',
    config: withTypes({ 'api::page.page': { slug: { field: 'path' } } }),
    message:
      /contentTypes\["api::page\.page"\]\.slug\.source: expected an attribute name \(a non-empty string\), got nothing/,
  },
  {
    name: 'reading without fields',
    config: withTypes({ 'api::article.article': { reading: { body: 'body' } } }),
    message: /reading\.body: unknown option; expected one of fields, components/,
  },
  {
    name: 'a rate that is not a number',
    config: withTypes(good, { rates: { ...defaultConfig.rates, wordsPerMinute: '230' } }),
    message: /rates\.wordsPerMinute: expected a number ≥ 1, got "230"/,
  },
  {
    name: 'an unknown rate',
    config: withTypes(good, { rates: { ...defaultConfig.rates, wpm: 3 } }),
    message: /rates\.wpm: unknown option/,
  },
  {
    name: 'slugMaxLength out of range',
    config: withTypes(good, { slugMaxLength: 5 }),
    message: /slugMaxLength: expected a number 10\.\.255, got 5/,
  },
  {
    name: 'a schedule without publishAt',
    config: withTypes({ 'api::article.article': { schedule: { unpublishAt: 'unpublishAt' } } }),
    message: /schedule\.publishAt: expected an attribute name \(a non-empty string\), got nothing/,
  },
  {
    name: 'an unknown schedule option',
    config: withTypes({ 'api::article.article': { schedule: { publishAt: 'publishAt', embargo: 'x' } } }),
    message: /schedule\.embargo: unknown option; expected one of publishAt, unpublishAt$/,
  },
  {
    name: 'a scheduler interval of zero',
    config: withTypes(good, { scheduler: { intervalSeconds: 0, pastToleranceSeconds: 60 } }),
    message: /scheduler\.intervalSeconds: expected a number 0\.1\.\.3600, got 0/,
  },
  {
    name: 'an unknown scheduler option',
    config: withTypes(good, { scheduler: { intervalSeconds: 1, pastToleranceSeconds: 60, cron: '* * *' } }),
    message: /scheduler\.cron: unknown option; expected one of intervalSeconds, pastToleranceSeconds$/,
  },
];

for (const { name, config, message } of refused) {
  test(`checkOptions refuses ${name}`, () => assert.throws(() => checkOptions(config), message));
}

const wrongSchema: Array<{ name: string; contentTypes: unknown; message: RegExp }> = [
  {
    name: 'an unknown content type',
    contentTypes: { 'api::story.story': { slug: { field: 'slug', source: 'title' } } },
    message:
      /contentTypes\["api::story\.story"\]: no such content type; expected one of api::article\.article, api::page\.page$/,
  },
  {
    name: 'a slug field that does not exist',
    contentTypes: { 'api::article.article': { slug: { field: 'slugg', source: 'title' } } },
    message:
      /slug\.field: api::article\.article has no attribute "slugg"; expected one of its uid or string attributes: title, slug$/,
  },
  {
    name: 'a slug field of the wrong type',
    contentTypes: { 'api::article.article': { slug: { field: 'summary', source: 'title' } } },
    message: /slug\.field: "summary" of api::article\.article is a text; expected an attribute of type uid or string/,
  },
  {
    name: 'a reading field of the wrong type',
    contentTypes: { 'api::article.article': { reading: { fields: ['body', 'cover'] } } },
    message:
      /reading\.fields\[1\]: "cover" of api::article\.article is a media; expected an attribute of type blocks or richtext or text or string or component or dynamiczone/,
  },
  {
    name: 'an unknown component',
    contentTypes: {
      'api::article.article': { reading: { fields: ['body'], components: { 'article.txt': ['content'] } } },
    },
    message: /reading\.components\["article\.txt"\]: no such component/,
  },
  {
    name: 'a component attribute that does not exist',
    contentTypes: {
      'api::article.article': { reading: { fields: ['body'], components: { 'article.text': ['text'] } } },
    },
    message: /reading\.components\["article\.text"\]\[0\]: article\.text has no attribute "text"/,
  },
  {
    name: 'a reading time that is not an integer',
    contentTypes: { 'api::article.article': { reading: { fields: ['body'], readingTime: 'excerpt' } } },
    message:
      /reading\.readingTime: "excerpt" of api::article\.article is a text; expected an attribute of type integer/,
  },
  {
    name: 'an unknown image component',
    contentTypes: { 'api::article.article': { reading: { fields: ['body'], imageComponents: ['article.picture'] } } },
    message: /reading\.imageComponents\[0\]: no such component "article\.picture"/,
  },
  {
    name: 'a schedule on a type without draft & publish',
    contentTypes: { 'api::page.page': { schedule: { publishAt: 'goLive' } } },
    message:
      /contentTypes\["api::page\.page"\]\.schedule: api::page\.page has no draft & publish: nothing to schedule$/,
  },
  {
    name: 'a publishAt that does not exist',
    contentTypes: { 'api::article.article': { schedule: { publishAt: 'publishOn' } } },
    message:
      /schedule\.publishAt: api::article\.article has no attribute "publishOn"; expected one of its datetime attributes: publishAt, unpublishAt$/,
  },
  {
    name: 'an unpublishAt that is not a datetime',
    contentTypes: { 'api::article.article': { schedule: { publishAt: 'publishAt', unpublishAt: 'summary' } } },
    message:
      /schedule\.unpublishAt: "summary" of api::article\.article is a text; expected an attribute of type datetime/,
  },
];

for (const { name, contentTypes, message } of wrongSchema) {
  test(`checkSchemas refuses ${name}`, () =>
    assert.throws(() => checkSchemas(withTypes(contentTypes), schemas), message));
}
