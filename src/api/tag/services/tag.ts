import { factories } from '@strapi/strapi';
import { findOwnerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::tag.tag';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** A tag by slug, or `{ redirectTo }` for an old slug, or null. */
  findBySlug(slug: string) {
    return findOwnerBySlug(strapi, UID, slug);
  },
}));
