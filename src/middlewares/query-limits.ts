import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Next, RequestContext } from '../request-context';
import { populateDepth } from '../limits/populate-depth';
import { prototypeFieldIn } from '../limits/prototype-names';
import { misplacedListIn, misplacedOperatorIn } from '../limits/filter-shape';

/**
 * REST queries refused before Strapi plans them: `populate` nested deeper than `maxPopulateDepth`
 * (each level is another join per row), `filters` with a list or an operator where attributes go, and `fields` that
 * name what every object has (`constructor`): Strapi's own checks let the last ones through to a 500.
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
      const list = misplacedListIn(query.filters);
      if (list !== undefined)
        throw new errors.ValidationError(
          `filters: a list of conditions under ${list} (lists go under $or, $and, $in…)`,
          {
            param: 'filters',
            key: list,
          }
        );
      const operator = misplacedOperatorIn(query.filters);
      if (operator !== undefined)
        throw new errors.ValidationError(`filters: ${operator} where an attribute goes`, {
          param: 'filters',
          key: operator,
        });
      const field = prototypeFieldIn(query);
      if (field !== undefined)
        throw new errors.ValidationError(`Invalid key ${field}`, { key: field, source: 'query', param: 'fields' });
    }
    await next();
  };
};
