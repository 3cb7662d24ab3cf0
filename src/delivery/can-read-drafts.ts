/**
 * Who may see unpublished stories: API tokens (a frontend's preview, the
 * importer) and signed-in users whose role may edit them (the Editor role).
 * Everyone else — the public role, readers with accounts — sees published
 * content only, whatever `status` they ask for.
 */
export const ARTICLE = 'api::article.article';

/** What Strapi puts in `ctx.state.auth`, as far as the rule reads it. */
export interface RequestAuth {
  credentials?: unknown;
  strategy?: { name?: string };
  ability?: { can?: (action: string) => boolean };
}

export function canReadDrafts(auth: RequestAuth | undefined, uid: string = ARTICLE): boolean {
  if (!auth?.credentials) return false;
  // Strapi 5 names the token strategy `content-api-token` (`api-token` before).
  if (/(^|-)api-token$/.test(auth.strategy?.name ?? '')) return true;
  try {
    return Boolean(auth.ability?.can?.(`${uid}.update`));
  } catch {
    return false;
  }
}
