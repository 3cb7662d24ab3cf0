import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'path';
import os from 'os';
import fs from 'fs';
import type { RoleAnswer } from './support/answers';
import { adminJwt, http, publicRest } from './support/api';
import { startStrapi } from '../scripts/support/strapi-process';

const SAMPLE_TITLE = 'Kim Jong-un Concludes Week-Long Visit to Russia, Returns to North Korea';
const root = path.resolve(__dirname, '..');

const publicRole = async () => {
  const roles = await http<{ roles: RoleAnswer[] }>('/users-permissions/roles', { token: adminJwt });
  const { id } = roles.body.roles.find((role) => role.type === 'public')!;
  return (await http<{ role: RoleAnswer }>(`/users-permissions/roles/${id}`, { token: adminJwt })).body.role;
};

const setRelatedLinkFindOne = async (enabled: boolean) => {
  const role = await publicRole();
  role.permissions['api::related-link'].controllers['related-link'].findOne.enabled = enabled;
  const answer = await http(`/users-permissions/roles/${role.id}`, {
    method: 'PUT',
    token: adminJwt,
    json: { name: role.name, description: role.description, permissions: role.permissions },
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
};

describe('a restart', () => {
  after(() => setRelatedLinkFindOne(true));

  it('adds no sample story, no permission and does not undo an admin’s change', async () => {
    const [link] = (await publicRest().collection('related-links').find()).data;
    await setRelatedLinkFindOne(false);
    assert.equal((await http(`/api/related-links/${link.documentId}`)).status, 403);

    // A second process on the same database runs the whole bootstrap again.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-restart-'));
    const env = Object.fromEntries(
      Object.entries(process.env)
        .filter(([key]) => key.startsWith('DATABASE_'))
        .map(([k, v]) => [k, String(v)])
    );
    const again = await startStrapi({ root, env, logFile: path.join(work, 'strapi.log') });
    await again.stop();

    assert.equal((await http(`/api/related-links/${link.documentId}`)).status, 403, 'the admin’s change stands');
    const samples = await publicRest()
      .collection('articles')
      .find({ filters: { title: { $eq: SAMPLE_TITLE } } });
    assert.equal(samples.data.length, 1);
    const role = await publicRole();
    assert.equal(role.permissions['api::article'].controllers.article.find.enabled, true);
    assert.equal(role.permissions['api::article'].controllers.article.create.enabled, false);
    fs.rmSync(work, { recursive: true, force: true });
  });
});
