import { factories } from '@strapi/strapi';
import { findOwnerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::section.section';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** A section by slug, or `{ redirectTo }` for an old slug, or null. */
  findBySlug(slug: string) {
    return findOwnerBySlug(strapi, UID, slug);
  },
}));
