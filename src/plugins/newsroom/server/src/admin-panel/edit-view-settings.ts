import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
export type EditViewConfiguration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
};

export interface EditViewPatch {
  /** per field: edit-view metadata to set, e.g. { editable: false, description: '…' } */
  edit?: Record<string, Record<string, unknown>>;
  /** per field: list-view metadata to set, e.g. { label: 'Reading time' } */
  list?: Record<string, Record<string, unknown>>;
  /** the columns of the list view */
  listColumns?: string[];
  /** content-manager settings, e.g. { mainField: 'title' } */
  settings?: Record<string, unknown>;
}

/** The content-manager's content-types service, as far as this file uses it (it ships no types). */
interface ViewConfigurations {
  findConfiguration(contentType: unknown): Promise<EditViewConfiguration & { uid: string }>;
  updateConfiguration(contentType: unknown, configuration: EditViewConfiguration): Promise<unknown>;
}

const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'newsroom' });

/**
 * Applies a patch to the content-manager's view settings of `uid` once per
 * version of the patch: every start is idempotent, and an admin's later change
 * in Settings › Configure the view stays until we ship a different patch.
 * Must run after the content-manager has synced its configurations (it does
 * in its own bootstrap, which runs before ours).
 */
export async function applyEditViewPatch(strapi: Core.Strapi, uid: string, name: string, patch: EditViewPatch) {
  const key = `view-settings::${uid}::${name}`;
  const version = createHash('sha1').update(JSON.stringify(patch)).digest('hex');
  if ((await store(strapi).get({ key })) === version) return false;

  const contentTypes = strapi.plugin('content-manager').service('content-types') as unknown as ViewConfigurations;
  const contentType = (strapi.contentTypes as unknown as Record<string, unknown>)[uid];
  const { uid: _uid, ...configuration } = (await contentTypes.findConfiguration(
    contentType
  )) as EditViewConfiguration & { uid: string };

  for (const [view, fields] of [
    ['edit', patch.edit],
    ['list', patch.list],
  ] as const) {
    for (const [field, values] of Object.entries(fields ?? {})) {
      const metadata = (configuration.metadatas[field] ??= {});
      metadata[view] = { ...(metadata[view] ?? {}), ...values };
    }
  }
  if (patch.listColumns) configuration.layouts.list = patch.listColumns;
  if (patch.settings) configuration.settings = { ...configuration.settings, ...patch.settings };

  await contentTypes.updateConfiguration(contentType, configuration);
  await store(strapi).set({ key, value: version });
  return true;
}
