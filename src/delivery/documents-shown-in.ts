/** Every document whose content a story page shows: the story, its author, links, linked stories and media. */
import type { StoryView } from './story-view';

export function documentsShownIn(story: StoryView): string[] {
  const ids = [
    story.documentId,
    story.cover?.documentId,
    story.author?.documentId,
    story.author?.avatar?.documentId,
    story.section?.documentId,
    ...(story.tags ?? []).map((tag) => tag.documentId),
  ];
  for (const block of story.body ?? []) {
    ids.push(block.link?.documentId, block.link?.article?.documentId, block.image?.documentId);
  }
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
}
