import type { Core } from '@strapi/strapi';

const READ_ONLY = ['find', 'findOne'];
export const NEWS_TYPES = ['api::article.article', 'api::author.author', 'api::related-link.related-link'];

const actionsFor = (types: string[], verbs: string[]) => types.flatMap((uid) => verbs.map((verb) => `${uid}.${verb}`));

/**
 * Grants `actions` to a users-permissions role, once: the grant is remembered
 * in the store, so a restart adds nothing and an admin who later removes a
 * right in Settings › Roles is not overruled.
 */
export async function grantOnce(strapi: Core.Strapi, roleType: string, actions: string[]) {
  const store = strapi.store({ type: 'plugin', name: 'newsroom-app' });
  const key = `granted::${roleType}`;
  const granted = new Set<string>(((await store.get({ key })) as string[]) ?? []);
  const pending = actions.filter((action) => !granted.has(action));
  if (pending.length === 0) return;

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions role "${roleType}" is missing`);
  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: role.id, action: { $in: pending } },
    select: ['action'],
  });
  const have = new Set(existing.map((permission) => permission.action));
  for (const action of pending.filter((a) => !have.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
  await store.set({ key, value: [...granted, ...pending] });
}

const BY_SLUG_ACTIONS = [
  'api::article.article.findBySlug',
  'api::author.author.findBySlug',
  'api::section.section.findBySlug',
  'api::tag.tag.findBySlug',
];
/** Sections and tags are the desk's to shape in the admin panel; the public only reads them. */
export const TAXONOMY_TYPES = ['api::section.section', 'api::tag.tag'];
const EDITOR_VERBS = ['find', 'findOne', 'create', 'update', 'delete'];

/** The users-permissions role a newsroom gives its desk: read and write the news types, drafts included. */
export async function ensureEditorRole(strapi: Core.Strapi) {
  const roles = strapi.db.query('plugin::users-permissions.role');
  if (!(await roles.findOne({ where: { type: 'editor' } }))) {
    await roles.create({
      data: {
        name: 'Editor',
        type: 'editor',
        description: 'Writes, edits, publishes and deletes stories, authors and related links.',
      },
    });
  }
  await grantOnce(strapi, 'editor', [
    ...actionsFor(NEWS_TYPES, EDITOR_VERBS),
    ...actionsFor(TAXONOMY_TYPES, READ_ONLY),
    ...BY_SLUG_ACTIONS,
  ]);
}

export async function setPublicPermissions(strapi: Core.Strapi) {
  await grantOnce(strapi, 'public', [
    ...actionsFor(NEWS_TYPES, READ_ONLY),
    ...actionsFor(TAXONOMY_TYPES, READ_ONLY),
    ...BY_SLUG_ACTIONS,
  ]);
}
