import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Next, RequestContext } from '../request-context';
import { unknownComponentIn } from '../limits/unknown-component';
import { prototypeKeyIn } from '../limits/prototype-names';

/**
 * REST writes with names Strapi would look up on a plain object (a `constructor` key, a `__component`
 * called `toString`) are a 400 here; further in, Strapi finds the prototype's member and crashes.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const isKnown = (uid: string) => Object.hasOwn(strapi.components, uid);
  return async (ctx: RequestContext, next: Next) => {
    if (ctx.path.startsWith('/api/') && (ctx.method === 'POST' || ctx.method === 'PUT')) {
      const body = (ctx.request as { body?: unknown }).body;
      const key = prototypeKeyIn(body);
      if (key !== undefined) throw new errors.ValidationError(`Invalid key ${key}`, { key, source: 'body' });
      const uid = unknownComponentIn(body, isKnown);
      if (uid !== undefined)
        throw new errors.ValidationError(`Unknown component ${uid}`, { key: '__component', value: uid });
    }
    await next();
  };
};
