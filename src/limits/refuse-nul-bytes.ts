import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../document-middleware';
import { nulBytePath } from './nul-bytes';

/**
 * Every document-service call (REST, GraphQL, the admin panel, the importer) with a NUL character in
 * what it writes or filters by is a 400 on both databases, rather than a 500 on PostgreSQL only.
 */
export const refuseNulBytes = (): DocumentMiddleware => async (ctx, next) => {
  const params = ctx.params as { data?: unknown; filters?: unknown };
  for (const part of ['data', 'filters'] as const) {
    const path = nulBytePath(params[part]);
    if (path)
      throw new errors.ValidationError(`${part}: a NUL character at ${path.join('.') || part}`, {
        errors: [{ path, message: 'NUL characters are not allowed', name: 'ValidationError', value: null }],
      });
  }
  return next();
};
