import type { Core } from '@strapi/strapi';
import { STORY_POPULATE } from '../../api/article/services/article';
import { withReadAlsoHrefs } from '../read-also-href';
import { absolute, pathFor, type Site } from '../site-paths';
import type { StoryView } from '../story-view';
import { NEWEST_FIRST, type OwnerUid } from '../stories-by-owner';
import { storyHtml, type BodyBlock } from './story-html';
import type { FeedStory } from './story-feed';

const ARTICLE = 'api::article.article';
export const FEED_SIZE = 50;

const RELATION: Record<OwnerUid, string> = {
  'api::author.author': 'author',
  'api::section.section': 'section',
  'api::tag.tag': 'tags',
};

/** The latest published stories (of one author, section or tag), newest first by first publication. */
export async function latestStories(strapi: Core.Strapi, owner?: { uid: OwnerUid; documentId: string }) {
  const stories = await strapi.documents(ARTICLE).findMany({
    status: 'published',
    filters: owner ? { [RELATION[owner.uid]]: { documentId: owner.documentId } } : {},
    populate: STORY_POPULATE,
    sort: [...NEWEST_FIRST],
    limit: FEED_SIZE,
  });
  return stories as unknown as StoryView[];
}

/** A story as a feed entry: its public address, its full text as HTML, its first-publication date. */
export function feedStory(story: StoryView, site: Site, mediaBaseUrl: string): FeedStory {
  const withHrefs = withReadAlsoHrefs(story, site);
  const published = new Date(story.firstPublishedAt ?? story.publishedAt ?? Date.now());
  return {
    id: story.documentId,
    url: absolute(site.publicUrl, pathFor(site.articlePath, story.slug)),
    title: story.title,
    excerpt: story.excerpt,
    html: storyHtml(withHrefs.body as BodyBlock[] | undefined, mediaBaseUrl),
    author: story.author?.name,
    published,
    updated: new Date(story.updatedAt ?? story.publishedAt ?? published),
    categories: [story.section?.name, ...(story.tags ?? []).map((tag) => tag.name)].filter((name): name is string =>
      Boolean(name)
    ),
    image: story.cover?.url ? absolute(mediaBaseUrl, story.cover.url) : undefined,
  };
}
