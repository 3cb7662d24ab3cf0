import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Next, RequestContext } from '../request-context';
import { populateDepth } from '../limits/populate-depth';
import { prototypeFieldIn } from '../limits/prototype-names';

/**
 * REST queries refused before Strapi plans them: `populate` nested deeper than `maxPopulateDepth`
 * (each level is another join per row) and `fields` that name what every object has (`constructor`),
 * which Strapi's own check lets through to the database.
 */
export default (config: { maxPopulateDepth?: number } = {}, { strapi }: { strapi: Core.Strapi }) => {
  void strapi;
  const maxDepth = config.maxPopulateDepth ?? 5;
  return async (ctx: RequestContext, next: Next) => {
    if (ctx.path.startsWith('/api/')) {
      const query: Record<string, unknown> = ctx.query;
      const depth = populateDepth(query.populate);
      if (depth > maxDepth)
        throw new errors.ValidationError(`populate is nested ${depth} levels deep; at most ${maxDepth} are allowed`, {
          param: 'populate',
          depth,
          maxDepth,
        });
      const field = prototypeFieldIn(query);
      if (field !== undefined)
        throw new errors.ValidationError(`Invalid key ${field}`, { key: field, source: 'query', param: 'fields' });
    }
    await next();
  };
};
