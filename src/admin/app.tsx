import type { StrapiApp } from '@strapi/strapi/admin';
import { SlugFollowsTitle } from './extensions/slug-follows-title';

/**
 * The admin panel as a newsroom desk. Field labels, descriptions and list
 * columns are set on the server (src/bootstrap/admin-views.ts); here is what
 * only the browser can do.
 */
export default {
  config: {
    locales: [],
  },
  bootstrap(app: StrapiApp) {
    // Stock Strapi proposes a slug only when the regenerate button is clicked:
    // this makes the slug follow the headline as the editor types it.
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: 'newsroom-slug-follows-title',
      Component: SlugFollowsTitle,
    });
  },
};
