import { z } from '@strapi/utils';

export default {
  routes: [
    {
      method: 'GET',
      path: '/preview',
      handler: 'api::preview.preview.story',
      response: z.object({
        data: z.looseObject({ documentId: z.string(), title: z.string(), slug: z.string() }),
        meta: z.object({
          jsonLd: z.record(z.string(), z.unknown()).describe('schema.org NewsArticle'),
          preview: z.object({ status: z.enum(['draft', 'published']), expiresAt: z.string() }),
        }),
      }),
      config: {
        // The signed token is the credential: no API token, no users-permissions role.
        auth: false,
        description:
          'The story a signed preview link opens (draft or published version), shaped like GET /articles/slug/:slug. ' +
          'Send the token from the link as `Authorization: Preview <token>`; a tampered or expired token gets 403.',
      },
    },
  ],
};
