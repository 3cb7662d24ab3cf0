/**
 * The admin panel as a newsroom desk. Field labels, descriptions and list
 * columns are set on the server (src/bootstrap/admin-views.ts); what the
 * editor sees while typing (the slug following the headline, read-only
 * derived fields) comes with the newsroom plugin's own admin half.
 */
export default {
  config: {
    locales: [],
  },
  bootstrap() {},
};
