import type { Core } from '@strapi/strapi';
import { createScheduler } from './scheduler';

type Scheduler = ReturnType<typeof createScheduler>;
const running = new WeakMap<Core.Strapi, Scheduler>();

/** The one scheduler of a Strapi instance, started in bootstrap and stopped in destroy. */
export const scheduler = (strapi: Core.Strapi): Scheduler => {
  let found = running.get(strapi);
  if (!found) running.set(strapi, (found = createScheduler(strapi)));
  return found;
};
