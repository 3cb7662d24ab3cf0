import type { Core } from '@strapi/strapi';

type Engine = Core.Strapi['contentAPI']['permissions']['engine'];
type Ability = Awaited<ReturnType<Engine['generateAbility']>>;

/**
 * Users & Permissions reads the public role's permissions from the database
 * on every anonymous request (so a change in Settings › Roles shows at
 * once, in every process) and then builds a CASL ability from them: the
 * build, not the read, is most of what an anonymous request costs beyond
 * Strapi's own stack. The same permissions always build the same ability,
 * so abilities are reused by the permissions they were built from; the
 * read stays, and with it the freshness.
 */
export function reuseAbilities(strapi: Core.Strapi, maxEntries = 64) {
  const { engine } = strapi.contentAPI.permissions;
  const generate = engine.generateAbility.bind(engine);
  const built = new Map<string, Promise<Ability>>();

  engine.generateAbility = ((permissions, options) => {
    // Options carry the user whose conditions an ability evaluates: those are built afresh.
    if (options && Object.keys(options).length > 0) return generate(permissions, options);
    const key = JSON.stringify(permissions);
    let ability = built.get(key);
    if (!ability) {
      ability = generate(permissions, options);
      ability.catch(() => built.delete(key));
      built.set(key, ability);
      if (built.size > maxEntries) built.delete(built.keys().next().value as string);
    }
    return ability;
  }) as Engine['generateAbility'];
}
