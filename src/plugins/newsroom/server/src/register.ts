import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';
import { checkSchemas } from './config/check-schemas';
import { schemaLookup } from './schemas';
import { createDeriveOnWrite } from './middlewares/derive-on-write';
import { hideDerivedFieldsFromGraphqlInputs } from './graphql/derived-inputs';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Before anything is written: a typo in the app's options stops the start with one message.
  checkSchemas(strapi.config.get('plugin::newsroom') as NewsroomConfig, schemaLookup(strapi));
  strapi.documents.use(createDeriveOnWrite(strapi) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
  hideDerivedFieldsFromGraphqlInputs(strapi);
};
