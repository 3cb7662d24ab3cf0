import type { Core } from '@strapi/strapi';

/**
 * What editors read beside each field, and what the list views show. Set in
 * code so every install gets the same desk; applied once per version of this
 * file's content, so an admin's later changes in "Configure the view" stay.
 */
const VIEWS = {
  'api::article.article': {
    settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
    listColumns: ['id', 'title', 'slug', 'author', 'readingTime'],
    edit: {
      title: { description: 'The headline, as readers see it (up to 300 characters).' },
      slug: { description: 'The story’s address, made from the headline. It stops following the headline once the story is published; change it by hand and the old address redirects here.' },
      summary: { description: 'The standfirst: one or two sentences under the headline. Also used as the excerpt.' },
      body: { description: 'The story: text blocks, “Read Also” links and pictures, in reading order.' },
      cover: { description: 'The picture shown with the story in lists and when shared.' },
      author: { description: 'Who wrote the story; their bio appears in the “About the author” box.' },
    },
    list: { readingTime: { label: 'Reading time (min)' } },
  },
  'api::author.author': {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    listColumns: ['id', 'name', 'slug', 'jobTitle'],
    edit: {
      name: { description: 'Full name as printed in the byline.' },
      slug: { description: 'The author page address, made from the name.' },
      bio: { description: 'The “About the author” box under each story (up to 2000 characters).' },
      avatar: { description: 'A portrait, shown in the author box.' },
      email: { description: 'For the desk only: never shown to readers or sent by the public API.' },
      jobTitle: { description: 'E.g. “Seoul correspondent”.' },
      links: { description: 'Profiles elsewhere: website, social accounts.' },
      articles: { description: 'Stories with this byline.' },
    },
  },
  'api::related-link.related-link': {
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
    listColumns: ['id', 'title', 'label', 'url', 'article'],
    edit: {
      title: { description: 'The text readers see, usually the linked story’s headline.' },
      url: { description: 'An outside address (https://…) or a path on this site (/…). Leave empty when it points to a story below.' },
      article: { description: 'The story in this newsroom it points to. Filled in by itself when a story with this exact title is published.' },
      label: { description: 'The words before the link, “Read Also” by default.' },
    },
  },
} as const;

export async function configureAdminViews(strapi: Core.Strapi) {
  const plugin = strapi.plugin('newsroom');
  if (!plugin) return; // disabled for a benchmark
  const views = plugin.service('view-settings');
  for (const [uid, patch] of Object.entries(VIEWS)) {
    await views.apply(uid, 'newsroom-app', patch);
  }
}
