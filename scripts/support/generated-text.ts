/**
 * Material for the benchmarks' generated stories: the same every run, so
 * figures from different runs and machines describe the same work.
 */

/** A small deterministic PRNG (mulberry32): `seed` in, numbers in [0, 1) out. */
export const seededRandom = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** News-like words that body sentences are drawn from. */
export const WORDS = (
  'the minister said on tuesday that the plan would be reviewed again before the end of the year while critics ' +
  'argued that local residents had not been consulted and that the costs were likely to rise further officials ' +
  'expect a final decision in spring after the committee has heard evidence from experts unions and businesses ' +
  'across the region where unemployment remains above the national average and many families depend on public ' +
  'transport to reach schools hospitals and workplaces in the city centre'
).split(' ');
