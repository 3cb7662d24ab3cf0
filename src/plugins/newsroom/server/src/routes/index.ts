/** Admin-panel routes (signed-in admins only): what the plugin's edit-view panels ask for. */
export default {
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/redirects',
        handler: 'redirects.list',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'POST',
        path: '/slugs/propose',
        handler: 'slugs.propose',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/settings',
        handler: 'slugs.settings',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  },
};
