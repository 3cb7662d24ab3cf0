/**
 * The desk's views are set in code at start-up, once: a restart changes
 * nothing, and what an admin changes later in "Configure the view" stays.
 * Two starts of the real Strapi on one fresh SQLite database, talking to the
 * content-manager's configuration API as the admin panel does.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { bootAdmin } from '../../scripts/support/admin-session';
import { startStrapi, type RunningStrapi } from '../../scripts/support/strapi-process';
import type { ViewConfiguration } from '../support/answers';
import { ROOT } from './support/throwaway-strapi';

const ARTICLE = 'api::article.article';

describe('admin-panel views set in code', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-views-'));
  const env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'views.db'), NEWSROOM_SEED: 'false' };
  let server: RunningStrapi | undefined;
  let jwt = '';

  const start = async () => {
    server = await startStrapi({ root: ROOT, env, logFile: path.join(work, 'strapi.log') });
    return server.url;
  };
  const call = async <T>(url: string, route: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}${route}`, {
      ...init,
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json', ...(init.headers as object) },
    });
    const body = (await response.json()) as { data: T };
    assert.ok(response.ok, `${route} answered ${response.status}: ${JSON.stringify(body)}`);
    return body.data;
  };
  const articleConfiguration = async (url: string) =>
    (await call<{ contentType: ViewConfiguration }>(url, `/content-manager/content-types/${ARTICLE}/configuration`))
      .contentType;
  const componentConfiguration = async (url: string, uid: string) =>
    (await call<{ component: ViewConfiguration }>(url, `/content-manager/components/${uid}/configuration`)).component;

  after(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('a fresh install gets the desk: labels, descriptions, list columns, relation titles', async () => {
    const url = await start();
    ({ adminJwt: jwt } = await bootAdmin(url));
    const article = await articleConfiguration(url);
    assert.deepEqual(article.layouts.list, ['title', 'slug', 'author', 'publishAt']);
    assert.equal(article.settings.mainField, 'title');
    assert.equal(article.metadatas.title.edit.label, 'Headline');
    assert.equal(article.metadatas.author.edit.mainField, 'name');
    assert.equal(article.metadatas.readingTime.edit.editable, false);
    for (const [field, metadata] of Object.entries(article.metadatas)) {
      if (
        [
          'id',
          'documentId',
          'createdAt',
          'updatedAt',
          'publishedAt',
          'firstPublishedAt',
          'createdBy',
          'updatedBy',
          'locale',
          'localizations',
        ].includes(field)
      )
        continue;
      assert.ok(metadata.edit.description, `the article's ${field} has no description`);
      assert.notEqual(metadata.edit.label, field, `the article's ${field} has no label`);
    }
    const readAlso = await componentConfiguration(url, 'article.read-also');
    assert.equal(readAlso.metadatas.link.edit.mainField, 'title', 'the Read Also picker shows link titles');
    assert.ok(readAlso.metadatas.link.edit.description);
    const image = await componentConfiguration(url, 'article.image');
    assert.equal(image.settings.mainField, 'caption');
    // Collapsed Text and Read Also blocks are titled by the label the server keeps.
    assert.equal(readAlso.settings.mainField, 'label');
    assert.equal((await componentConfiguration(url, 'article.text')).settings.mainField, 'label');
  });

  it('an admin’s later change stays across a restart; the rest of the desk stays as set', async () => {
    const url = server!.url;
    const { uid: _uid, ...configuration } = await articleConfiguration(url);
    // The GET adds each relation's list mainField, which a PUT refuses (the admin panel drops it too).
    for (const metadata of Object.values(configuration.metadatas)) delete metadata.list?.mainField;
    configuration.metadatas.title.edit.label = 'Title (desk style)';
    configuration.layouts.list = ['title', 'author'];
    await call(url, `/content-manager/content-types/${ARTICLE}/configuration`, {
      method: 'PUT',
      body: JSON.stringify(configuration),
    });
    const {
      uid: _component,
      category: _category,
      isComponent: _isComponent,
      ...link
    } = await componentConfiguration(url, 'article.read-also');
    link.metadatas.link.edit.description = 'Our own words';
    await call(url, '/content-manager/components/article.read-also/configuration', {
      method: 'PUT',
      body: JSON.stringify(link),
    });

    await server!.stop();
    const again = await start();
    const article = await articleConfiguration(again);
    assert.equal(article.metadatas.title.edit.label, 'Title (desk style)');
    assert.deepEqual(article.layouts.list, ['title', 'author']);
    assert.equal(article.metadatas.slug.edit.label, 'Slug (web address)');
    assert.equal(
      (await componentConfiguration(again, 'article.read-also')).metadatas.link.edit.description,
      'Our own words'
    );
  });
});
