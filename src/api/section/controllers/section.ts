import { factories } from '@strapi/strapi';
import { ownerBySlug } from '../../../delivery/stories-by-owner';

const UID = 'api::section.section';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/sections/slug/:slug — the section page: the section, its parent, and its latest stories. */
  findBySlug: ownerBySlug(strapi, UID, { parent: true }),
}));
