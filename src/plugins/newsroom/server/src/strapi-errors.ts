import { createRequire } from 'module';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { errors as UtilsErrors } from '@strapi/utils';

type Errors = typeof UtilsErrors;
type Details = ConstructorParameters<Errors['ValidationError']>[1];

let loaded: Errors | undefined;

/**
 * Strapi answers 400 only for errors of the @strapi/utils copy that @strapi/core itself
 * loads (its error middleware checks with `instanceof`). An app can hold another copy beside
 * it — npm resolved the peer dependency of a plugin to a newer @strapi/utils in a fresh app —
 * and an error of that copy would reach the client as a 500. So the plugin finds the copy the
 * way Strapi does, from the app through @strapi/strapi and @strapi/core.
 */
export function strapiErrors(strapi: Core.Strapi): Errors {
  if (loaded) return loaded;
  try {
    const fromApp = createRequire(path.join(strapi.dirs.app.root, 'package.json'));
    const fromStrapi = createRequire(fromApp.resolve('@strapi/strapi/package.json'));
    const fromCore = createRequire(fromStrapi.resolve('@strapi/core/package.json'));
    loaded = (fromCore('@strapi/utils') as { errors: Errors }).errors;
  } catch {
    loaded = (createRequire(path.join(strapi.dirs.app.root, 'package.json'))('@strapi/utils') as { errors: Errors })
      .errors;
  }
  return loaded;
}

/** A 400 in Strapi's error shape, naming the field at fault. */
export function fieldError(strapi: Core.Strapi, field: string, message: string, value: unknown, summary = message) {
  const details: Details = { errors: [{ path: [field], message, name: 'ValidationError', value }] } as Details;
  return new (strapiErrors(strapi).ValidationError)(summary, details);
}
