import { factories } from '@strapi/strapi';
import { ownerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::author.author';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/authors/slug/:slug — the author page: who they are and what they wrote. */
  findBySlug: ownerBySlug(strapi, UID, { avatar: true, links: true }),
}));
