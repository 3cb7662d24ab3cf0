import { factories } from '@strapi/strapi';
import { ownerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::tag.tag';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/tags/slug/:slug — the tag page: the tag and its latest stories. */
  findBySlug: ownerBySlug(strapi, UID),
}));
