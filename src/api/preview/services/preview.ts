import type { Core } from '@strapi/strapi';
import { STORY_POPULATE } from '../../article/services/article';
import { newsArticleJsonLd } from '../../../delivery/news-article-json-ld';
import { withReadAlsoHrefs } from '../../../delivery/read-also-href';
import type { Site } from '../../../delivery/site-paths';
import type { StoryView } from '../../../delivery/story-view';
import type { PreviewSigning } from '../../../preview/preview-config';
import { nowInSeconds, verifyPreviewToken, type PreviewClaims } from '../../../preview/signed-link';

const ARTICLE = 'api::article.article';

/** What a signed preview link opens: one version of one story, shaped like the public by-slug answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  signing(): PreviewSigning | undefined {
    const preview = strapi.config.get('admin.preview') as { enabled?: boolean; signing?: PreviewSigning } | undefined;
    return preview?.enabled === false ? undefined : preview?.signing;
  },

  verify(token: unknown) {
    const signing = this.signing();
    if (!signing) return { valid: false as const, reason: 'disabled' as const };
    return verifyPreviewToken(token, signing.secret, nowInSeconds());
  },

  /** The story as readers would get it (private fields removed, Read Also hrefs, JSON-LD), or null. */
  async story({ documentId, status }: PreviewClaims, mediaBaseUrl: string) {
    const found = await strapi.documents(ARTICLE).findOne({ documentId, status, populate: STORY_POPULATE });
    if (!found) return null;
    const site = strapi.config.get('site') as Site;
    // No requester: sanitised as for the public, so the author's email stays on the desk.
    const sanitized = await strapi.contentAPI.sanitize.output(found, strapi.getModel(ARTICLE), {});
    const story = withReadAlsoHrefs(sanitized as StoryView, site);
    return { story, jsonLd: newsArticleJsonLd(story, site, mediaBaseUrl) };
  },
});
