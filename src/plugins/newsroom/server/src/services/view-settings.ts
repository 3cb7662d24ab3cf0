import type { Core } from '@strapi/strapi';
import { applyEditViewPatch, type EditViewPatch } from '../admin-panel/edit-view-settings';

/** Lets the app set its admin-panel views in code with the same apply-once rule the plugin uses. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  apply(uid: string, name: string, patch: EditViewPatch) {
    return applyEditViewPatch(strapi, uid, name, patch);
  },
});
