import type { Core } from '@strapi/strapi';

/** The Koa context Strapi hands routes, controllers and middlewares. */
export type RequestContext = Parameters<Core.MiddlewareHandler>[0];
export type Next = Parameters<Core.MiddlewareHandler>[1];
