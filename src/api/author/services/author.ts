import { factories } from '@strapi/strapi';
import { findOwnerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::author.author';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** An author by slug, or `{ redirectTo }` for an old slug, or null. */
  findBySlug(slug: string) {
    return findOwnerBySlug(strapi, UID, slug, { avatar: true, links: true });
  },
}));
