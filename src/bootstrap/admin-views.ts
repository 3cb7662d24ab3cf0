import type { Core, Struct } from '@strapi/strapi';
import { createHash } from 'crypto';

/**
 * What editors read beside each field, and what the list views show. Set in
 * code so every install gets the same desk; applied once per version of this
 * file's content, so an admin's later changes in "Configure the view" stay.
 *
 * Derived fields (excerpt, readingTime, wordCount) get their read-only flag
 * and description from the newsroom plugin; only their labels are set here.
 */
const VIEWS = {
  'api::article.article': {
    settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
    // Strapi adds the Status column (draft / published / modified) after these; without the id
    // it fits on a laptop screen. "Scheduled for" beside Status says when a draft goes out by itself.
    listColumns: ['title', 'slug', 'author', 'publishAt'],
    edit: {
      title: {
        label: 'Headline',
        placeholder: 'e.g. Kim Jong-un Concludes Week-Long Visit to Russia',
        description: 'The headline, as readers see it.',
      },
      slug: {
        label: 'Slug (web address)',
        placeholder: 'Filled in from the headline',
        description:
          'The story’s address, made from the headline as you type. It stops following the headline once you edit it by hand or the story is published; change it later and the old address redirects here.',
      },
      summary: {
        label: 'Standfirst',
        description: 'One or two sentences under the headline. Also used as the excerpt.',
      },
      excerpt: { label: 'Excerpt', description: 'Filled in on save: the standfirst, or the start of the body.' },
      body: {
        label: 'Story',
        description: 'Text blocks, “Read Also” links and pictures, in reading order.',
      },
      cover: { label: 'Cover picture', description: 'The picture shown with the story in lists and when shared.' },
      author: {
        label: 'Author',
        mainField: 'name',
        description: 'Who wrote the story; their bio appears in the “About the author” box.',
      },
      section: {
        label: 'Section',
        mainField: 'name',
        description:
          'Where the story sits on the site (World, Politics, Sport…); shown in the JSON-LD as articleSection.',
      },
      tags: {
        label: 'Tags',
        mainField: 'name',
        description: 'What the story is about; each tag has its own page, and they are the JSON-LD keywords.',
      },
      publishAt: {
        label: 'Publish at (scheduled)',
        description:
          'Your local time. The draft goes live by itself then, as it stands at that moment; until then nothing can publish it. Clear it and save to cancel the schedule.',
      },
      unpublishAt: {
        label: 'Unpublish at',
        description:
          'Your local time. The live story is taken down then (it stays as a draft). Clear it and save to cancel.',
      },
      readingTime: { label: 'Reading time (minutes)' },
      wordCount: { label: 'Word count' },
      sourceId: {
        label: 'Import source',
        editable: false,
        description: 'Filled in by the importer (npm run import): where the story came from. Never shown to readers.',
      },
    },
    list: {
      title: { label: 'Headline' },
      slug: { label: 'Slug' },
      author: { label: 'Author' },
      publishAt: { label: 'Scheduled for' },
    },
  },
  'api::author.author': {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    listColumns: ['id', 'name', 'slug', 'jobTitle'],
    edit: {
      name: { label: 'Name', description: 'Full name as printed in the byline.' },
      slug: { label: 'Slug (web address)', description: 'The author page address, made from the name as you type.' },
      bio: { label: 'Bio', description: 'The “About the author” box under each story.' },
      avatar: { label: 'Portrait', description: 'A portrait, shown in the author box.' },
      email: { label: 'Email', description: 'For the desk only: never shown to readers or sent by the public API.' },
      jobTitle: {
        label: 'Job title',
        placeholder: 'e.g. Seoul correspondent',
        description: 'Shown under the name in the byline and the author box.',
      },
      links: { label: 'Links', description: 'Profiles elsewhere: website, social accounts.' },
      articles: { label: 'Stories', mainField: 'title', description: 'Stories with this byline.' },
    },
    list: { name: { label: 'Name' }, slug: { label: 'Slug' }, jobTitle: { label: 'Job title' } },
  },
  'api::related-link.related-link': {
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
    listColumns: ['id', 'title', 'label', 'url', 'article'],
    edit: {
      title: { label: 'Title', description: 'The text readers see, usually the linked story’s headline.' },
      url: {
        label: 'Address (URL)',
        placeholder: 'https://… or /articles/…',
        description:
          'An outside address (https://…) or a path on this site (/…). Leave empty when it points to a story below.',
      },
      article: {
        label: 'Story in this newsroom',
        mainField: 'title',
        description: 'The story it points to. Filled in by itself when a story with this exact title is published.',
      },
      label: { label: 'Label', description: 'The words before the link, “Read Also” by default.' },
    },
    list: {
      title: { label: 'Title' },
      label: { label: 'Label' },
      url: { label: 'Address' },
      article: { label: 'Story' },
    },
  },
} as const;

/** Components have their own view configuration in the content-manager. */
const COMPONENT_VIEWS: Record<string, ComponentPatch> = {
  // Collapsed blocks show their label (api/article/block-labels.ts); it is not for typing into.
  'article.text': {
    settings: { mainField: 'label' },
    edit: {
      label: { visible: false, editable: false },
      content: {
        label: 'Text',
        description: 'Paragraphs, sub-headings, lists, quotes and links. Counts towards the reading time.',
      },
    },
  },
  'article.read-also': {
    settings: { mainField: 'label' },
    edit: {
      label: { visible: false, editable: false },
      link: {
        label: 'Read Also link',
        mainField: 'title',
        description:
          'Pick a link by its title, or create one in Related link. Readers see “Read Also: <title>” between paragraphs.',
      },
    },
  },
  'article.image': {
    // The block's header in the story shows the caption.
    settings: { mainField: 'caption' },
    edit: {
      image: { label: 'Picture', description: 'One picture, placed here in the story.' },
      caption: { label: 'Caption', description: 'What the picture shows. Not counted in the reading time.' },
      credit: { label: 'Credit', placeholder: 'e.g. Reuters/Maxim Shemetov', description: 'Photographer and agency.' },
    },
  },
  'shared.link': {
    settings: { mainField: 'label' },
    edit: {
      label: { label: 'Label', placeholder: 'e.g. Website', description: 'What readers see.' },
      url: { label: 'Address (URL)', placeholder: 'https://…', description: 'An https:// address.' },
    },
  },
};

interface ComponentPatch {
  settings?: Record<string, unknown>;
  edit?: Record<string, Record<string, unknown>>;
}

type ViewPatch = { edit?: Record<string, object>; list?: Record<string, object>; listColumns?: readonly string[] };

/** Leaves out fields the schema does not have (any more), so a renamed field cannot break the start. */
function forExistingFields<P extends ViewPatch>(attributes: Record<string, unknown>, patch: P): P {
  const keep = <T>(entries: Record<string, T> | undefined) =>
    entries && Object.fromEntries(Object.entries(entries).filter(([field]) => field in attributes));
  return {
    ...patch,
    ...(patch.edit ? { edit: keep(patch.edit) } : {}),
    ...(patch.list ? { list: keep(patch.list) } : {}),
    ...(patch.listColumns
      ? { listColumns: patch.listColumns.filter((field) => field === 'id' || field in attributes) }
      : {}),
  };
}

const NAME = 'newsroom-app';

type ComponentConfiguration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit?: Record<string, unknown> }>;
};

/** The content-manager's components service, as far as this file uses it (it ships no types). */
interface ComponentConfigurations {
  findConfiguration(
    component: Struct.ComponentSchema
  ): Promise<ComponentConfiguration & { uid: string; category: string }>;
  updateConfiguration(component: Struct.ComponentSchema, configuration: ComponentConfiguration): Promise<unknown>;
}

const componentSchema = (strapi: Core.Strapi, uid: string) =>
  (strapi.components as unknown as Record<string, Struct.ComponentSchema | undefined>)[uid];
const contentTypeSchema = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentTypes as unknown as Record<string, Struct.ContentTypeSchema | undefined>)[uid];

/** The same apply-once rule as the plugin's view settings, for a component's configuration. */
async function applyComponentPatch(strapi: Core.Strapi, uid: string, patch: ComponentPatch) {
  const component = componentSchema(strapi, uid);
  if (!component) return false;
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const key = `view-settings::${uid}::${NAME}`;
  const version = createHash('sha1').update(JSON.stringify(patch)).digest('hex');
  if ((await store.get({ key })) === version) return false;

  const components = strapi.plugin('content-manager').service('components') as unknown as ComponentConfigurations;
  const { uid: _uid, category: _category, ...configuration } = await components.findConfiguration(component);
  for (const [field, values] of Object.entries(patch.edit ?? {})) {
    const metadata = (configuration.metadatas[field] ??= {});
    metadata.edit = { ...(metadata.edit ?? {}), ...values };
  }
  if (patch.settings) configuration.settings = { ...configuration.settings, ...patch.settings };
  await components.updateConfiguration(component, configuration);
  await store.set({ key, value: version });
  return true;
}

export async function configureAdminViews(strapi: Core.Strapi) {
  const plugin = strapi.plugin('newsroom');
  if (!plugin) return; // disabled for a benchmark
  const views = plugin.service('view-settings');
  for (const [uid, patch] of Object.entries(VIEWS)) {
    const model = contentTypeSchema(strapi, uid);
    if (model) await views.apply(uid, NAME, forExistingFields(model.attributes, patch));
  }
  for (const [uid, patch] of Object.entries(COMPONENT_VIEWS)) {
    const component = componentSchema(strapi, uid);
    if (component) await applyComponentPatch(strapi, uid, forExistingFields(component.attributes, patch));
  }
}
