const fs = require('fs');
const path = require('path');

module.exports = {
  register() {},

  // What the test needs and a real app would set up by hand: a second locale and an API token,
  // whose key is left where the test reads it.
  async bootstrap({ strapi }) {
    const locales = strapi.plugin('i18n').service('locales');
    if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });

    const tokenFile = process.env.GUEST_APP_TOKEN_FILE;
    if (!tokenFile) return;
    const tokens = strapi.service('admin::api-token');
    const token = await tokens.create({
      name: `guest-${Date.now()}`,
      type: 'full-access',
      lifespan: null,
      description: '',
    });
    fs.mkdirSync(path.dirname(tokenFile), { recursive: true });
    fs.writeFileSync(tokenFile, token.accessKey);
  },
};
