import type { Core } from '@strapi/strapi';
import type { NewsroomConfig, SlugOptions } from '../config';
import { fieldError } from '../strapi-errors';

/** The Koa context Strapi hands a controller. */
export type Context = Parameters<Core.MiddlewareHandler>[0];

/** A managed content type and its slug options, or a 400 naming the parameter. */
export function slugTarget(strapi: Core.Strapi, contentType: unknown): { uid: string; slug: SlugOptions } {
  const { contentTypes } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
  const uid = typeof contentType === 'string' ? contentType : '';
  const slug = contentTypes[uid]?.slug;
  if (!slug) {
    const message = `expected one of ${Object.keys(contentTypes).join(', ')}`;
    throw fieldError(
      strapi,
      'contentType',
      message,
      uid,
      'contentType must be a content type whose slug the newsroom plugin keeps'
    );
  }
  return { uid, slug };
}

export const optionalString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
