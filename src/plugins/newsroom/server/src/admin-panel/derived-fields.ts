import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';
import { applyEditViewPatch } from './edit-view-settings';

const DESCRIPTIONS = {
  excerpt: (summary?: string) =>
    summary
      ? `Filled in on save: the ${summary} field when it is set, else the start of the body.`
      : 'Filled in on save: the start of the body.',
  readingTime: () => 'Filled in on save: minutes to read the body.',
  wordCount: () => 'Filled in on save: words in the body.',
};

/** Derived fields are shown in the edit view but cannot be typed into. */
export async function lockDerivedFieldsInTheAdminPanel(strapi: Core.Strapi) {
  const { contentTypes } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
  for (const [uid, options] of Object.entries(contentTypes)) {
    if (!options.reading) continue;
    const edit: Record<string, Record<string, unknown>> = {};
    for (const kind of ['excerpt', 'readingTime', 'wordCount'] as const) {
      const field = options.reading[kind];
      if (field) edit[field] = { editable: false, description: DESCRIPTIONS[kind](options.reading.summary) };
    }
    await applyEditViewPatch(strapi, uid, 'derived-fields', { edit });
  }
}
