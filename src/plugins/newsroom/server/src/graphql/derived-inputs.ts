import type { Core } from '@strapi/strapi';
import { derivedFieldsOf, type NewsroomConfig } from '../config';

/** The GraphQL plugin's extension service, as far as this file uses it (it ships no types). */
interface GraphqlExtension {
  shadowCRUD(uid: string): { field(name: string): { disableInput(): unknown } };
}

/** Derived fields are outputs only: GraphQL mutations do not offer them as inputs. */
export const hideDerivedFieldsFromGraphqlInputs = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as GraphqlExtension;
  const { contentTypes } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
  for (const [uid, options] of Object.entries(contentTypes)) {
    for (const field of derivedFieldsOf(options.reading)) {
      extension.shadowCRUD(uid).field(field).disableInput();
    }
  }
};
