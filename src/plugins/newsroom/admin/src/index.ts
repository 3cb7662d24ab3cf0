import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './plugin-id';
import { SlugFollowsTitle } from './components/slug-follows-title';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
  },

  bootstrap(app: StrapiApp) {
    // Stock Strapi proposes a slug only when the regenerate button is clicked:
    // this makes the slug follow the source field as the editor types it.
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-slug-follows-title`,
      Component: SlugFollowsTitle,
    });
  },
};
