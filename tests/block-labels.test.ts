import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adminJwt, http, paragraph, textBlock, trustedRest, unique } from './support/api';

/** A story's body as the admin panel reads it: with each block's private label. */
async function labelsInAdmin(documentId: string) {
  const answer = await http<{ data: { body: { __component: string; label: string | null }[] } }>(
    `/content-manager/collection-types/api::article.article/${documentId}`,
    { token: adminJwt }
  );
  assert.equal(answer.status, 200);
  return answer.body.data.body.map((block) => [block.__component, block.label]);
}

describe('collapsed body blocks in the admin panel', () => {
  it('are labelled by their first words and their link’s title, on create and on every update', async () => {
    const link = (
      await trustedRest()
        .collection('related-links')
        .create({ title: unique('A linked story') })
    ).data;
    const opening = 'Floodwater reached the old town overnight, and the river is still rising this morning';
    const created = (
      await trustedRest()
        .collection('articles')
        .create({
          title: unique('Labelled'),
          body: [textBlock(paragraph(opening)), { __component: 'article.read-also', link: link.documentId }],
        })
    ).data;
    assert.deepEqual(await labelsInAdmin(created.documentId), [
      ['article.text', 'Floodwater reached the old town overnight, and the river is…'],
      ['article.read-also', link.title],
    ]);

    await trustedRest()
      .collection('articles')
      .update(created.documentId, { body: [textBlock(paragraph('The river fell back.'))] });
    assert.deepEqual(await labelsInAdmin(created.documentId), [['article.text', 'The river fell back.']]);
  });

  it('cannot be given a label by a REST client: the text decides it', async () => {
    const created = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Unlabelled'), body: [{ ...textBlock(paragraph('Own words')), label: 'Spoofed' }] })
    ).data;
    assert.deepEqual(await labelsInAdmin(created.documentId), [['article.text', 'Own words']]);
  });
});
