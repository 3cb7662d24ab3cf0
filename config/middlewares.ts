const MB = 1024 * 1024;

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Refused before Strapi plans a query: deep populate, prototype names in `fields`.
  { name: 'global::query-limits', config: { maxPopulateDepth: 5 } },
  {
    name: 'strapi::body',
    // JSON, form and text bodies up to 1 MB (413 beyond); uploads up to 10 MB a file. GraphQL parses
    // its own body: its limit is in config/plugins.ts.
    config: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb', formidable: { maxFileSize: 10 * MB } },
  },
  { name: 'global::image-uploads', config: { maxBytes: 10 * MB } },
  'global::body-names',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::http-cache',
  'global::edge-tags',
];
