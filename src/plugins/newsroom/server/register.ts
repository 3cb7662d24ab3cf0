import type { Core } from '@strapi/strapi';
import { createDeriveOnWrite } from './middlewares/derive-on-write';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(createDeriveOnWrite(strapi) as any);
};
