import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';
import { checkSchemas } from './config/check-schemas';
import { schemaLookup } from './schemas';
import { createDeriveOnWrite } from './middlewares/derive-on-write';
import { createScheduleOnWrite } from './middlewares/schedule-on-write';
import { hideDerivedFieldsFromGraphqlInputs } from './graphql/derived-inputs';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Before anything is written: a typo in the app's options stops the start with one message.
  checkSchemas(strapi.config.get('plugin::newsroom') as NewsroomConfig, schemaLookup(strapi));
  // The first registered is the outermost: a refused schedule stops the write before any slug is claimed.
  strapi.documents.use(createScheduleOnWrite(strapi) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
  strapi.documents.use(createDeriveOnWrite(strapi) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
  hideDerivedFieldsFromGraphqlInputs(strapi);
};
