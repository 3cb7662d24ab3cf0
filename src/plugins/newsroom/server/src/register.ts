import type { Core } from '@strapi/strapi';
import { createDeriveOnWrite } from './middlewares/derive-on-write';
import { hideDerivedFieldsFromGraphqlInputs } from './graphql/derived-inputs';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(createDeriveOnWrite(strapi) as any);
  hideDerivedFieldsFromGraphqlInputs(strapi);
};
