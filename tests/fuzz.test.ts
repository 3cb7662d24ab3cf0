/**
 * Property-based fuzz of the write and read API, REST and GraphQL: random bodies, wrong field types,
 * nested and unknown components, relation ids that do not exist, prototype keys, lone surrogates and NUL
 * bytes, random query strings. Every answer is a 4xx in Strapi's error shape (GraphQL: its `errors`) or a
 * correct 2xx, never a 5xx, never a stack trace or a server path, and a refused write writes nothing.
 *
 * The suite shares one database: the fuzz updates and deletes only documents it created (and deletes
 * those at the end), writes articles as drafts, and connects relations only to its own documents or to
 * ids that do not exist. FUZZ_SEED=random (or a number) explores; FUZZ_CASES and FUZZ_SECONDS bound a run.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { apiToken, baseUrl, unique } from './support/api';

const seed =
  process.env.FUZZ_SEED === 'random'
    ? Date.now() % 2_147_483_647
    : Number.isFinite(Number(process.env.FUZZ_SEED ?? 'x'))
      ? Number(process.env.FUZZ_SEED)
      : 20_261_202;
const maxCases = Number(process.env.FUZZ_CASES ?? 2000);
const maxSeconds = Number(process.env.FUZZ_SECONDS ?? 240);

type WriteType = 'articles' | 'authors' | 'related-links';
const READ_TYPES = ['articles', 'authors', 'related-links', 'sections', 'tags'] as const;

/** The documents this file made: the only ones it may update or delete. */
const own: Record<WriteType, string[]> = { articles: [], authors: [], 'related-links': [] };

interface Sent {
  method: string;
  path: string;
  body?: string;
  token?: boolean;
}
interface Received {
  status: number;
  text: string;
  json: unknown;
}

async function send({ method, path, body, token }: Sent): Promise<Received> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${apiToken}`;
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: judged below
  }
  return { status: response.status, text, json };
}

const total = async (type: WriteType) => {
  const answer = await send({ method: 'GET', path: `/api/${type}?status=draft&pagination[pageSize]=1`, token: true });
  return (answer.json as { meta: { pagination: { total: number } } }).meta.pagination.total;
};

// --- values -------------------------------------------------------------------------------------

const PROTO = '"__fuzz_proto__"';
/** JSON.stringify cannot write a `__proto__` key from a literal; a placeholder key becomes one. */
const toJson = (value: unknown) => JSON.stringify(value).replaceAll(PROTO, '"__proto__"');

const nasty = fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\u0000b', '\ud83d', '\u202e', '\uffff', '%00', '💥');
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 10 }), nasty, fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', 'constructor', '__proto__', 'toString', '$eq', '*', 'null', 'undefined', '0', '-1')
);
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 })
  ),
})).value;

/** A documentId that no document has, or one of this file's own (filled in when the case runs). */
const relationId = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{24}$/).map((id) => ({ id })),
  fc.constantFrom('own-article', 'own-author', 'own-link').map((mine) => ({ mine })),
  fc.integer({ min: 1_000_000, max: 2_000_000_000 }).map((n) => ({ id: n }))
);
type RelationRef = { id: string | number } | { mine: string };
const resolveRef = (ref: RelationRef): string | number => {
  if ('id' in ref) return ref.id;
  const list =
    ref.mine === 'own-article' ? own.articles : ref.mine === 'own-author' ? own.authors : own['related-links'];
  return list[0] ?? 'nonexistentnonexistent00';
};
const relationValue = fc.oneof(
  relationId,
  fc.array(relationId, { maxLength: 3 }),
  fc.record({ connect: fc.array(relationId, { maxLength: 2 }) }),
  fc.record({ set: fc.array(relationId, { maxLength: 2 }) }),
  fc.record({ disconnect: fc.array(relationId, { maxLength: 2 }) }),
  fc.record({ connect: fc.array(fc.record({ documentId: relationId, position: anyValue }), { maxLength: 2 }) })
);
/** Relation references stay symbolic until the case runs, so own ids exist by then. */
const materialise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(materialise);
  if (value !== null && typeof value === 'object') {
    if ('mine' in value || ('id' in value && Object.keys(value).length === 1)) return resolveRef(value as RelationRef);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, materialise(inner)]));
  }
  return value;
};

const fieldsOf: Record<WriteType, string[]> = {
  articles: ['title', 'slug', 'summary', 'excerpt', 'readingTime', 'wordCount', 'body', 'publishedAt', 'locale'],
  authors: ['name', 'slug', 'bio', 'email', 'jobTitle', 'links'],
  'related-links': ['title', 'url', 'label'],
};
const relationsOf: Record<WriteType, string[]> = {
  articles: ['author', 'section', 'tags', 'cover'],
  authors: ['avatar', 'articles'],
  'related-links': ['article'],
};
const oddKeys = fc.constantFrom('__fuzz_proto__', 'constructor', 'prototype', 'id', 'documentId', 'createdBy', '');

const component = fc.oneof(
  fc.record({ __component: fc.constant('article.text'), content: fc.oneof(anyValue, fc.array(anyValue)) }),
  fc.record({ __component: fc.constant('article.read-also'), link: relationValue }),
  fc.record({ __component: fc.constant('article.image'), image: relationValue, caption: anyValue, credit: anyValue }),
  fc.record({
    __component: fc.constantFrom('article.video', 'shared.link', 'article', '', 'constructor', '__proto__'),
    url: anyValue,
  }),
  fc.dictionary(text, anyValue, { maxKeys: 3 })
);
const linkComponent = fc.record({ label: anyValue, url: anyValue, id: fc.oneof(fc.integer(), text) });

const dataFor = (type: WriteType) =>
  fc
    .tuple(
      fc
        .subarray(fieldsOf[type])
        .chain((keys) =>
          fc.tuple(
            ...keys.map((key) =>
              (key === 'body'
                ? fc.oneof(fc.array(component, { maxLength: 4 }), anyValue)
                : key === 'links'
                  ? fc.oneof(fc.array(linkComponent, { maxLength: 3 }), anyValue)
                  : fc.oneof(text, anyValue)
              ).map((value) => [key, value] as const)
            )
          )
        ),
      fc
        .subarray(relationsOf[type])
        .chain((keys) => fc.tuple(...keys.map((key) => relationValue.map((value) => [key, value] as const)))),
      fc.array(fc.tuple(oddKeys, anyValue), { maxLength: 2 }),
      fc.boolean()
    )
    .map(([fields, relations, odd, withTitle]) => ({
      // Half of them carry a usable name, so some writes succeed and are checked as successes.
      ...(withTitle ? { [type === 'authors' ? 'name' : 'title']: unique('Fuzz') } : {}),
      ...Object.fromEntries([...fields, ...relations, ...odd]),
    }));

// --- REST query strings ---------------------------------------------------------------------------

/** Percent-encoding that also writes what encodeURIComponent refuses: a lone surrogate, as its bytes. */
const encode = (value: string) =>
  Array.from(value)
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char.length === 1 && code >= 0xd800 && code <= 0xdfff)
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      return encodeURIComponent(char);
    })
    .join('');

const flatten = (prefix: string, value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap((inner, i) => flatten(`${prefix}[${i}]`, inner));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(`${prefix}[${key === '__fuzz_proto__' ? '__proto__' : key}]`, inner)
    );
  return [`${encode(prefix)}=${encode(String(value))}`];
};

const fieldName = fc.constantFrom(
  'title',
  'slug',
  'name',
  'summary',
  'author',
  'body',
  'tags',
  'section',
  'cover',
  'createdBy',
  'email',
  'password',
  'id',
  'documentId',
  'publishedAt',
  'constructor',
  '__fuzz_proto__',
  'toString',
  'hasOwnProperty',
  'nope',
  '*',
  ''
);
const operator = fc.constantFrom(
  '$eq',
  '$ne',
  '$in',
  '$notIn',
  '$lt',
  '$containsi',
  '$null',
  '$between',
  '$foo',
  '$constructor',
  '$or',
  '$and',
  '$not'
);
const filterTree: fc.Arbitrary<unknown> = fc.letrec<{ filter: unknown }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.dictionary(fc.oneof(fieldName, operator), tie('filter'), { maxKeys: 3 }),
    fc.array(tie('filter'), { maxLength: 3 })
  ),
})).filter;
const populateTree: fc.Arbitrary<unknown> = fc.letrec<{ populate: unknown }>((tie) => ({
  populate: fc.oneof(
    { depthSize: 'small' },
    fieldName,
    fc.constant(true),
    fc.array(fieldName, { maxLength: 3 }),
    fc.dictionary(
      fieldName,
      fc.oneof(
        fc.constant(true),
        fc.record({ populate: tie('populate') }, { requiredKeys: [] }),
        fc.record({ fields: fc.array(fieldName) }),
        fc.record({ on: fc.dictionary(text, tie('populate'), { maxKeys: 2 }) })
      ),
      { maxKeys: 3 }
    )
  ),
})).populate;
const sort = fc.oneof(
  text,
  fieldName,
  fc.tuple(fieldName, fc.constantFrom(':asc', ':desc', ':up', '')).map(([f, d]) => f + d),
  fc.array(fc.oneof(fieldName, text), { maxLength: 3 }),
  fc.dictionary(fieldName, fc.constantFrom('asc', 'desc', 'x'), { maxKeys: 2 })
);
const pagination = fc.dictionary(
  fc.constantFrom('page', 'pageSize', 'start', 'limit', 'withCount', 'constructor'),
  fc.oneof(fc.integer({ min: -5, max: 5000 }), text, fc.constant('1e9')),
  { maxKeys: 3 }
);
const restQuery = fc
  .record(
    {
      filters: filterTree,
      populate: populateTree,
      sort,
      pagination,
      fields: fc.oneof(fc.array(fieldName, { maxLength: 3 }), fieldName, text),
      status: fc.constantFrom('draft', 'published', 'x'),
      locale: text,
      extra: fc.dictionary(text, text, { maxKeys: 2 }),
    },
    { requiredKeys: [] }
  )
  .map((query) => {
    const { extra, ...rest } = query;
    return [
      ...Object.entries(rest).flatMap(([key, value]) => flatten(key, value)),
      ...Object.entries(extra ?? {}).flatMap(([key, value]) => flatten(key, value)),
    ].join('&');
  });
const rawQuery = fc.string({
  unit: fc.constantFrom('[', ']', '=', '&', '%', '$', '.', ',', ':', 'a', '0', '*', '+', '#'),
  maxLength: 40,
});

// --- cases -----------------------------------------------------------------------------------------

interface Case {
  name: string;
  sent: () => Sent;
  /** the type whose count must not move when the answer is a refusal */
  writes?: WriteType;
  graphql?: boolean;
}

const writeType = fc.constantFrom<WriteType>('articles', 'authors', 'related-links');
const restPath = (type: WriteType, path = '') => `/api/${type}${path}${type === 'articles' ? '?status=draft' : ''}`;
const firstOwn = (type: WriteType) => own[type][0] ?? 'nonexistentnonexistent00';

const restRead = fc
  .tuple(fc.constantFrom(...READ_TYPES), fc.oneof(restQuery, rawQuery), fc.boolean(), fc.boolean())
  .map(([type, query, token, one]): Case => ({
    name: 'REST read',
    sent: () => ({
      method: 'GET',
      path: `/api/${type}${one && type !== 'sections' && type !== 'tags' ? `/${firstOwn(type as WriteType)}` : ''}?${query}`,
      token,
    }),
  }));
const restCreate = writeType.chain((type) =>
  fc
    .tuple(dataFor(type), fc.boolean(), fc.constantFrom('data', 'wrapped', 'raw'))
    .map(([data, token, shape]): Case => ({
      name: 'REST create',
      writes: type,
      sent: () => {
        const content = materialise(data);
        return {
          method: 'POST',
          path: restPath(type),
          token,
          body:
            shape === 'raw'
              ? toJson(content)
              : toJson(shape === 'data' ? { data: content } : { data: { data: content } }),
        };
      },
    }))
);
const restUpdate = writeType.chain((type) =>
  fc.tuple(dataFor(type), fc.boolean()).map(([data, mine]): Case => ({
    name: 'REST update',
    writes: type,
    sent: () => ({
      method: 'PUT',
      path: restPath(type, `/${mine ? firstOwn(type) : 'nonexistentnonexistent00'}`),
      token: true,
      body: toJson({ data: materialise(data) }),
    }),
  }))
);
const restDelete = fc.tuple(writeType, fc.stringMatching(/^[a-z0-9]{1,30}$/)).map(([type, id]): Case => ({
  name: 'REST delete of nothing',
  writes: type,
  sent: () => ({ method: 'DELETE', path: `/api/${type}/${id}x`, token: true }),
}));
const rawBody = fc
  .tuple(
    writeType,
    fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '{',
        '[]',
        'null',
        '{"data":',
        '{"data":null}',
        '{"data":[]}',
        '{"data":"x"}',
        '"\\ud800"',
        '{"__proto__":{"admin":true}}'
      )
    )
  )
  .map(([type, body]): Case => ({
    name: 'REST create, malformed body',
    writes: type,
    sent: () => ({ method: 'POST', path: restPath(type), token: true, body }),
  }));

const GQL_CREATE: Record<WriteType, [string, string]> = {
  articles: ['createArticle', 'ArticleInput'],
  authors: ['createAuthor', 'AuthorInput'],
  'related-links': ['createRelatedLink', 'RelatedLinkInput'],
};
const draft = (type: WriteType) => (type === 'articles' ? ', status: DRAFT' : '');
const gqlBody = (query: string, variables: unknown) => toJson({ query, variables });

const gqlCreate = writeType.chain((type) =>
  fc.tuple(dataFor(type), fc.boolean()).map(([data, token]): Case => ({
    name: 'GraphQL create',
    writes: type,
    graphql: true,
    sent: () => {
      const [field, input] = GQL_CREATE[type];
      return {
        method: 'POST',
        path: '/graphql',
        token,
        body: gqlBody(`mutation($d: ${input}!) { ${field}(data: $d${draft(type)}) { documentId } }`, {
          d: materialise(data),
        }),
      };
    },
  }))
);
const gqlUpdate = writeType.chain((type) =>
  fc.tuple(dataFor(type), fc.boolean()).map(([data, mine]): Case => ({
    name: 'GraphQL update',
    writes: type,
    graphql: true,
    sent: () => {
      const [field, input] = GQL_CREATE[type];
      return {
        method: 'POST',
        path: '/graphql',
        token: true,
        body: gqlBody(
          `mutation($id: ID!, $d: ${input}!) { ${field.replace('create', 'update')}(documentId: $id, data: $d${draft(type)}) { documentId } }`,
          { id: mine ? firstOwn(type) : 'nonexistentnonexistent00', d: materialise(data) }
        ),
      };
    },
  }))
);
const GQL_LIST = {
  articles: 'articles',
  authors: 'authors',
  'related-links': 'relatedLinks',
  sections: 'sections',
  tags: 'tags',
};
const GQL_FILTERS = {
  articles: 'Article',
  authors: 'Author',
  'related-links': 'RelatedLink',
  sections: 'Section',
  tags: 'Tag',
};
/** Filters in the GraphQL input's own shape (`{ title: { containsi: … } }`), with values that may be wrong. */
const gqlFilter = fc.dictionary(
  fc.constantFrom('title', 'slug', 'name', 'documentId', 'and', 'or', 'not', 'author'),
  fc.dictionary(
    fc.constantFrom('eq', 'ne', 'containsi', 'in', 'null', 'lt', 'between', 'startsWith'),
    fc.oneof(text, fc.array(text, { maxLength: 2 }), fc.boolean(), fc.integer()),
    { maxKeys: 2 }
  ),
  { maxKeys: 2 }
);
const gqlRead = fc
  .tuple(
    fc.constantFrom(...READ_TYPES),
    fc.oneof(filterTree, gqlFilter),
    fc.oneof(
      anyValue,
      fc.array(
        fc.oneof(
          fieldName,
          sort.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
        ),
        { maxLength: 2 }
      )
    ),
    fc.oneof(pagination, fc.record({ page: fc.integer(), pageSize: fc.integer() }, { requiredKeys: [] })),
    fc.boolean()
  )
  .map(([type, filters, sortBy, page, token]): Case => ({
    name: 'GraphQL read',
    graphql: true,
    sent: () => ({
      method: 'POST',
      path: '/graphql',
      token,
      body: gqlBody(
        `query($f: ${GQL_FILTERS[type]}FiltersInput, $s: [String], $p: PaginationArg) { ${GQL_LIST[type]}(filters: $f, sort: $s, pagination: $p) { documentId } }`,
        { f: filters, s: sortBy, p: page }
      ),
    }),
  }));
const gqlText = fc
  .oneof(
    fc.string({ maxLength: 80 }),
    fc
      .tuple(
        fc.constantFrom('articles', 'authors', 'article', '__schema', 'constructor', 'createArticle'),
        text,
        fieldName
      )
      .map(([root, arg, field]) => `{ ${root}(filters: { title: { eq: ${JSON.stringify(arg)} } }) { ${field} } }`),
    fc
      .tuple(fc.integer({ min: 1, max: 40 }), fieldName)
      .map(([n, field]) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { ${field} }`).join(' ')} }`)
  )
  .map((query): Case => ({
    name: 'GraphQL query text',
    graphql: true,
    sent: () => ({ method: 'POST', path: '/graphql', body: gqlBody(query, {}) }),
  }));

const anyCase = fc.oneof(
  { arbitrary: restRead, weight: 4 },
  { arbitrary: restCreate, weight: 3 },
  { arbitrary: restUpdate, weight: 2 },
  { arbitrary: restDelete, weight: 1 },
  { arbitrary: rawBody, weight: 1 },
  { arbitrary: gqlRead, weight: 3 },
  { arbitrary: gqlCreate, weight: 2 },
  { arbitrary: gqlUpdate, weight: 2 },
  { arbitrary: gqlText, weight: 1 }
);

// --- judging ---------------------------------------------------------------------------------------

/** What a stack trace or a server path looks like in a body. */
const LEAK = /node_modules|\/work\/|\n\s+at |\bat [\w.<>]+ \(|[\w-]+\.(?:js|ts|mjs|cjs):\d+/;

interface GraphqlAnswer {
  data?: Record<string, { documentId?: string } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function judge(kind: Case, sent: Sent, answer: Received): string | undefined {
  const where = `${sent.method} ${sent.path.slice(0, 300)} ${sent.body?.slice(0, 300) ?? ''}`;
  if (answer.status >= 500) return `${answer.status} for ${where}: ${answer.text.slice(0, 300)}`;
  if (LEAK.test(answer.text)) return `a stack trace or path in the answer to ${where}: ${answer.text.slice(0, 500)}`;
  const strapiError = (answer.json as { error?: { status?: number } } | undefined)?.error;
  // Refused before Apollo (a body it cannot parse) is Strapi's error shape, judged as REST's below.
  if (kind.graphql && !(answer.status >= 400 && strapiError?.status === answer.status)) {
    const body = answer.json as GraphqlAnswer | undefined;
    if (!body || typeof body !== 'object') return `not JSON from GraphQL for ${where}`;
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    if (codes.includes('INTERNAL_SERVER_ERROR')) return `an internal error for ${where}: ${answer.text.slice(0, 300)}`;
    if (!body.errors && !body.data) return `neither data nor errors for ${where}`;
    return undefined;
  }
  const body = answer.json as
    { data?: unknown; error?: { status?: number; name?: string; message?: string } } | undefined;
  if (answer.status >= 400) {
    if (!body || body.data !== null || !body.error)
      return `${answer.status} not in Strapi's error shape for ${where}: ${answer.text.slice(0, 300)}`;
    if (
      body.error.status !== answer.status ||
      typeof body.error.name !== 'string' ||
      typeof body.error.message !== 'string'
    )
      return `an error shape that does not add up for ${where}: ${answer.text.slice(0, 300)}`;
    return undefined;
  }
  if (answer.status === 204) return undefined;
  if (answer.status >= 300 && answer.status < 400) return undefined;
  if (!body || !('data' in body)) return `${answer.status} without data for ${where}`;
  if (sent.method !== 'GET' && typeof (body.data as { documentId?: unknown } | null)?.documentId !== 'string')
    return `a ${answer.status} write without a documentId for ${where}`;
  return undefined;
}

/** A write answered 2xx made a document: remember it as this file's own. */
function remember(kind: Case, sent: Sent, answer: Received) {
  if (!kind.writes || sent.method === 'GET') return;
  const body = answer.json as (GraphqlAnswer & { data?: unknown }) | undefined;
  let id: string | undefined;
  if (kind.graphql) {
    const first = Object.values(body?.data ?? {})[0];
    if (sent.body?.includes('mutation($d') && first?.documentId) id = first.documentId;
  } else if (sent.method === 'POST' && answer.status < 300)
    id = (body?.data as { documentId?: string } | undefined)?.documentId;
  if (id && !own[kind.writes].includes(id)) own[kind.writes].push(id);
}

const refused = (kind: Case, answer: Received) =>
  answer.status >= 400 || (kind.graphql && (answer.json as GraphqlAnswer | undefined)?.errors !== undefined);

// --- the run ---------------------------------------------------------------------------------------

describe(`fuzz of REST and GraphQL (seed ${seed})`, () => {
  const outcomes = new Map<string, number>();

  before(async () => {
    for (const [type, data] of [
      ['authors', { name: unique('Fuzz author') }],
      ['related-links', { title: unique('Fuzz link'), url: 'https://example.org/fuzz' }],
      ['articles', { title: unique('Fuzz story') }],
    ] as const) {
      const answer = await send({ method: 'POST', path: restPath(type), token: true, body: JSON.stringify({ data }) });
      assert.equal(answer.status, 201, answer.text);
      own[type].push((answer.json as { data: { documentId: string } }).data.documentId);
    }
  });

  after(async () => {
    for (const type of ['articles', 'related-links', 'authors'] as const)
      for (const id of own[type]) await send({ method: 'DELETE', path: `/api/${type}/${id}`, token: true });
  });

  it(`answers every case with a 4xx in Strapi's shape or a correct 2xx (${maxCases} cases or ${maxSeconds} s)`, async () => {
    const started = Date.now();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(anyCase, async (kind) => {
        cases += 1;
        const sent = kind.sent();
        const before = kind.writes ? await total(kind.writes) : 0;
        const answer = await send(sent);
        const failure = judge(kind, sent, answer);
        const key = `${kind.name}: ${kind.graphql ? (refused(kind, answer) ? `${answer.status} errors` : `${answer.status} data`) : answer.status}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        assert.equal(failure, undefined, failure);
        remember(kind, sent, answer);
        if (kind.writes && refused(kind, answer)) {
          const after = await total(kind.writes);
          assert.equal(
            after,
            before,
            `a refused write changed the ${kind.writes} count: ${sent.method} ${sent.path} ${sent.body?.slice(0, 300)}`
          );
        }
      }),
      {
        seed,
        numRuns: maxCases,
        interruptAfterTimeLimit: maxSeconds * 1000,
        markInterruptAsFailure: false,
        endOnFailure: false,
      }
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: seed ${seed}, ${cases} cases (with shrinking) in ${seconds} s on ${process.env.NEWSROOM_DB ?? 'sqlite'}`
    );
    for (const [key, count] of [...outcomes].sort()) console.log(`  ${key}: ${count}`);
  });
});
