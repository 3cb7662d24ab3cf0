import type { Core } from '@strapi/strapi';

/**
 * Secrets for config/*.ts. Development gets fixed, clearly-fake defaults so
 * `npm run develop` works on a fresh machine; production must be given real
 * values, and refuses to start with a message naming every missing variable.
 */
type Env = Core.Config.Shared.ConfigParams['env'];

const missing = new Set<string>();

const isProduction = () => process.env.NODE_ENV === 'production';

const assertNone = () => {
  if (missing.size > 0) {
    const names = [...missing].sort().join(', ');
    throw new Error(`Refusing to start in production without real secrets. Set: ${names} (see .env.example).`);
  }
};

export const secret = (env: Env, key: string, devDefault: string): string => {
  const value = env(key);
  if (value) return value;
  if (isProduction()) {
    missing.add(key);
    assertNone();
  }
  return devDefault;
};

export const secretList = (env: Env, key: string, devDefault: string[]): string[] => {
  const value = env.array(key);
  if (value && value.length > 0 && value.every(Boolean)) return value;
  if (isProduction()) {
    missing.add(key);
    assertNone();
  }
  return devDefault;
};
