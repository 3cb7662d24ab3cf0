import type { Core } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';
import { parseTextStory } from '../importer/parse-text';
import { writeStory } from '../importer/write-story';

const SAMPLE = path.join('data', 'sample', 'kim-jong-un-russia-visit.txt');

/**
 * A fresh install shows a real story instead of an empty desk. Seeded once,
 * on the first start with no articles; a second start adds nothing.
 */
export async function seedSampleContent(strapi: Core.Strapi) {
  if (process.env.NEWSROOM_SEED === 'false') return;
  const store = strapi.store({ type: 'plugin', name: 'newsroom-app' });
  if (await store.get({ key: 'sample-seeded' })) return;
  if ((await strapi.db.query('api::article.article').count()) === 0) {
    const text = fs.readFileSync(path.join(strapi.dirs.app.root, SAMPLE), 'utf8');
    const story = parseTextStory(text);
    await writeStory(strapi, story, { publish: true, defaultAuthorName: 'Newsroom Staff' });
    strapi.log.info(`newsroom: seeded the sample story "${story.title}"`);
  }
  await store.set({ key: 'sample-seeded', value: true });
}
