/**
 * The CMS's limits, checked before anything is written, so a story that
 * cannot be stored whole fails with a reason a person can act on instead of
 * a database error halfway through. Where a part can move without losing a
 * word (an over-long caption becomes the paragraph under the picture), it
 * moves and a warning says so.
 */
import { StoryError, type ParsedStory, type StoryBlock } from './parsed-story';

// The schema's maxLength values (src/api/*/content-types, src/components).
export const LIMITS = {
  title: 300,
  summary: 500,
  authorName: 120,
  bio: 2000,
  jobTitle: 120,
  linkTitle: 300,
  caption: 500,
  credit: 200,
};

const count = (text: string) => [...text].length;

export function checkStory(story: ParsedStory): ParsedStory {
  const warnings = [...story.warnings];
  if (!story.title.trim()) throw new StoryError('the story has no headline');
  if (count(story.title) > LIMITS.title)
    throw new StoryError(`the headline has ${count(story.title)} characters; a headline holds at most ${LIMITS.title}`);
  if (story.summary && count(story.summary) > LIMITS.summary)
    throw new StoryError(`the summary has ${count(story.summary)} characters; it holds at most ${LIMITS.summary}`);

  let author = story.author;
  if (author?.name && count(author.name) > LIMITS.authorName) {
    throw new StoryError(
      `the author's name has ${count(author.name)} characters; a name holds at most ${LIMITS.authorName}`
    );
  }
  if (author?.bio && count(author.bio) > LIMITS.bio) {
    throw new StoryError(
      `the "About the author" text has ${count(author.bio)} characters; an author's bio holds at most ${LIMITS.bio}`
    );
  }
  if (author?.jobTitle && count(author.jobTitle) > LIMITS.jobTitle) {
    warnings.push(
      `the author's role "${author.jobTitle.slice(0, 40)}…" is longer than ${LIMITS.jobTitle} characters; not imported`
    );
    const { jobTitle: _dropped, ...rest } = author;
    author = rest;
  }

  const blocks: StoryBlock[] = [];
  for (const block of story.blocks) {
    if (block.kind === 'read-also' && count(block.title) > LIMITS.linkTitle) {
      throw new StoryError(
        `a "Read Also" title has ${count(block.title)} characters; a link title holds at most ${LIMITS.linkTitle}`
      );
    }
    if (block.kind !== 'image') {
      blocks.push(block);
      continue;
    }
    const { caption, credit, ...image } = block;
    const overflow = [
      caption && count(caption) > LIMITS.caption ? caption : '',
      credit && count(credit) > LIMITS.credit ? credit : '',
    ].filter(Boolean);
    blocks.push({
      ...image,
      ...(caption && count(caption) <= LIMITS.caption ? { caption } : {}),
      ...(credit && count(credit) <= LIMITS.credit ? { credit } : {}),
    });
    if (overflow.length) {
      warnings.push(
        `a picture's caption or credit is longer than the image block holds; kept as the paragraph under the picture`
      );
      blocks.push({
        kind: 'text',
        nodes: [{ type: 'paragraph', children: [{ type: 'text', text: overflow.join(' ') }] }],
      });
    }
  }
  // Neighbouring text blocks (after a moved caption) read as one.
  const merged = blocks.reduce<StoryBlock[]>((all, block) => {
    const last = all[all.length - 1];
    if (last?.kind === 'text' && block.kind === 'text')
      all[all.length - 1] = { kind: 'text', nodes: [...last.nodes, ...block.nodes] };
    else all.push(block);
    return all;
  }, []);

  return { ...story, ...(author ? { author } : {}), blocks: merged, warnings };
}
