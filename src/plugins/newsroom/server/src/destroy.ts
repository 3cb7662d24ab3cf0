import type { Core } from '@strapi/strapi';
import { scheduler } from './schedule/running-scheduler';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // A stopping process finishes the publish it is in the middle of; the rest is left to the others.
  await scheduler(strapi).stop();
};
