import type { Core } from '@strapi/strapi';
import path from 'path';
import { importFiles } from '../importer/run/import-files';

const SAMPLE = path.join('data', 'sample', 'kim-jong-un-russia-visit.txt');

/**
 * A fresh install shows a real story instead of an empty desk. Seeded once,
 * on the first start with no articles; a second start adds nothing. It comes
 * in through the importer, the one path from files into the CMS, so the
 * sample is stored exactly as `npm run import` would store it.
 */
export async function seedSampleContent(strapi: Core.Strapi) {
  if (process.env.NEWSROOM_SEED === 'false') return;
  const store = strapi.store({ type: 'plugin', name: 'newsroom-app' });
  if (await store.get({ key: 'sample-seeded' })) return;
  if ((await strapi.db.query('api::article.article').count()) === 0) {
    const root = strapi.dirs.app.root;
    const summary = await importFiles(strapi, [path.join(root, SAMPLE)], { publish: true, root, fetchImages: false });
    const [failure] = summary.reported.filter((result) => result.outcome === 'failed');
    if (failure) throw new Error(`newsroom: could not seed the sample story: ${failure.reason}`);
    strapi.log.info(`newsroom: seeded the sample story from ${SAMPLE}`);
  }
  await store.set({ key: 'sample-seeded', value: true });
}
