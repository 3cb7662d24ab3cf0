import {
  unstable_useContentManagerContext as useContentManagerContext,
  unstable_useDocument as useDocument,
  useQueryParams,
} from '@strapi/strapi/admin';

type Versions = { availableStatus?: Array<{ publishedAt?: string | null }> };
type Published = { publishedAt?: unknown; firstPublishedAt?: unknown };

/** The edit view's locale: the i18n plugin's query parameter, or the plain one. */
export function useEditLocale(): string | undefined {
  const [{ query }] = useQueryParams<{ locale?: string; plugins?: { i18n?: { locale?: string } } }>();
  return query?.plugins?.i18n?.locale ?? query?.locale;
}

/**
 * Whether the document in the edit view has ever been public: then its slug is shared and
 * stays put (the server freezes it too). False for a document being created.
 */
export function useEverPublished({ skip = false } = {}) {
  const { model, collectionType, id } = useContentManagerContext();
  const locale = useEditLocale();
  const { document, meta, isLoading } = useDocument(
    { collectionType, model, documentId: id, params: locale ? { locale } : {} },
    { skip: skip || !id }
  );
  const published = document as Published | undefined;
  const everPublished = Boolean(
    published?.publishedAt ||
    published?.firstPublishedAt ||
    (meta as Versions | undefined)?.availableStatus?.some((version) => version.publishedAt)
  );
  return { everPublished, isLoading: Boolean(id) && !skip && isLoading };
}
