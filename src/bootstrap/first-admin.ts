import type { Core } from '@strapi/strapi';

/**
 * `npm run develop` with ADMIN_EMAIL and ADMIN_PASSWORD set creates that super
 * admin on the first start, so a developer lands on the login page instead of
 * the registration form. Only under `strapi develop`, never in production,
 * never when an admin exists; without the variables the standard
 * registration page shows.
 */
export interface FirstAdminInput {
  email: string;
  password: string;
  firstname: string;
  lastname?: string;
}

type Env = Record<string, string | undefined>;

/** Strapi's own rules for admin passwords (8+ characters, a lowercase, an uppercase, a digit, at most 72 bytes). */
export const passwordProblem = (password: string): string | null => {
  if (password.length < 8) return 'it must have at least 8 characters';
  if (Buffer.byteLength(password) > 72) return 'it must have at most 72 bytes';
  if (!/[a-z]/.test(password)) return 'it must contain a lowercase letter';
  if (!/[A-Z]/.test(password)) return 'it must contain an uppercase letter';
  if (!/\d/.test(password)) return 'it must contain a number';
  return null;
};

/** What the environment asks for: an admin to create, nothing, or a reason it cannot be done. */
export function firstAdminFromEnv(
  env: Env,
  { develop }: { develop: boolean }
): { admin?: FirstAdminInput; skipped?: string } {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email && !password) return {};
  if (env.NODE_ENV === 'production') return { skipped: 'ADMIN_EMAIL/ADMIN_PASSWORD are ignored in production' };
  if (!develop) return { skipped: 'ADMIN_EMAIL/ADMIN_PASSWORD are only used by `npm run develop`' };
  if (!email || !password) return { skipped: 'set both ADMIN_EMAIL and ADMIN_PASSWORD' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { skipped: `ADMIN_EMAIL "${email}" is not an email address` };
  const problem = passwordProblem(password);
  if (problem) return { skipped: `ADMIN_PASSWORD is not accepted: ${problem}` };
  return {
    admin: {
      email: email.toLowerCase(),
      password,
      firstname: env.ADMIN_FIRSTNAME?.trim() || email.split('@')[0],
      lastname: env.ADMIN_LASTNAME?.trim() || undefined,
    },
  };
}

/** Strapi's admin user service, as far as this file uses it (it ships no types). */
interface AdminUsers {
  exists(): Promise<boolean>;
  createFirstAdmin(admin: NonNullable<ReturnType<typeof firstAdminFromEnv>['admin']>): Promise<unknown>;
}

export async function ensureFirstAdmin(strapi: Core.Strapi, env: Env = process.env) {
  const { admin, skipped } = firstAdminFromEnv(env, { develop: strapi.config.get('autoReload') === true });
  if (skipped) strapi.log.warn(`First admin not created: ${skipped}.`);
  if (!admin) return;

  const users = strapi.admin.services.user as unknown as AdminUsers;
  if (await users.exists()) return;
  try {
    // Strapi's own path for the registration page: one super admin, race-safe.
    await users.createFirstAdmin(admin);
    strapi.log.info(`Created the first super admin, ${admin.email} (from ADMIN_EMAIL/ADMIN_PASSWORD).`);
  } catch (error) {
    if (await users.exists()) return; // another process was first
    throw error;
  }
}
