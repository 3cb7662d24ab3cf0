import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphsInOrder } from './paragraphs-in-order';

// Where two matches are equally long, which paragraph is named missing is the matcher's choice: only the count is checked.
const cases: Array<{ name: string; reference: string[]; stored: string[]; kept: number; missing?: string[] }> = [
  { name: 'all kept', reference: ['A b.', 'C d.'], stored: ['A b.', 'C d.'], kept: 2, missing: [] },
  { name: 'whitespace does not matter', reference: ['A  b.\n c'], stored: ['A b. c'], kept: 1, missing: [] },
  { name: 'one lost', reference: ['One.', 'Two.', 'Three.'], stored: ['One.', 'Three.'], kept: 2, missing: ['Two.'] },
  { name: 'order matters', reference: ['One.', 'Two.'], stored: ['Two.', 'One.'], kept: 1 },
  {
    name: 'a quote node holds three paragraphs',
    reference: ['P1.', 'Q1.', 'Q2.', 'P2.'],
    stored: ['P1.', 'Q1.\nQ2.', 'P2.'],
    kept: 4,
    missing: [],
  },
  {
    name: 'a picture split a paragraph in two',
    reference: ['Photo: AP Nintendo shocked the world.'],
    stored: ['Photo: AP', 'Nintendo shocked the world.'],
    kept: 1,
    missing: [],
  },
  {
    name: 'a repeated line does not pull the match past the story',
    reference: ['Continue reading', 'Story one.', 'Story two.', 'Continue reading'],
    stored: ['Story one.', 'Continue reading', 'Story two.', 'Continue reading'],
    kept: 3,
  },
  { name: 'nothing stored', reference: ['One.'], stored: [], kept: 0, missing: ['One.'] },
];

for (const c of cases) {
  test(`paragraphsInOrder: ${c.name}`, () => {
    const { kept, missing } = paragraphsInOrder(c.reference, c.stored);
    assert.equal(kept, c.kept);
    assert.equal(missing.length, c.reference.length - c.kept);
    if (c.missing) assert.deepEqual(missing, c.missing);
  });
}
