import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

/** Derived fields are outputs only: GraphQL mutations do not offer them as inputs. */
export const hideDerivedFieldsFromGraphqlInputs = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as any;
  const { contentTypes } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
  for (const [uid, options] of Object.entries(contentTypes)) {
    const reading = options.reading;
    for (const field of [reading?.excerpt, reading?.readingTime, reading?.wordCount].filter(Boolean)) {
      extension.shadowCRUD(uid).field(field).disableInput();
    }
  }
};
