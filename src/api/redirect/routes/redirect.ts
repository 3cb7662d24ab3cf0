import { z } from '@strapi/utils';

export default {
  routes: [
    {
      method: 'GET',
      path: '/redirects/resolve',
      handler: 'api::redirect.redirect.resolve',
      request: {
        query: { path: z.string().describe('an old address: a path (with ?p=<id> if it had one) or a whole URL') },
      },
      response: z.object({ data: z.object({ to: z.string(), status: z.literal(301) }) }),
      config: {
        // Public and read-only: a frontend's 404 handler calls it without credentials.
        auth: false,
        description:
          'Where an old address leads: an imported story’s old address (WordPress permalink, ?p=<id>, Ghost /<slug>/) ' +
          'or a renamed story’s old slug. 301 with Location: the story’s public path; 404 when no published story lived there.',
      },
    },
  ],
};
