import type { Core, UID } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';
import { hasDraftAndPublish, isLocalized, modelAttributes } from '../schemas';

type GenerateParams = { contentTypeUID: string; field: string; data?: Record<string, unknown>; locale?: string };
type CheckParams = { contentTypeUID: string; field: string; value: string; locale?: string };
type UidService = {
  generateUIDField: (params: GenerateParams) => Promise<string>;
  checkUIDAvailability: (params: CheckParams) => Promise<boolean>;
};

/**
 * The admin panel's slug proposals come from the content-manager's uid
 * service, which has its own slugify (it drops Hangul and Han). For the
 * content types we manage, it asks our service instead, so what the editor
 * sees is what the server keeps.
 */
export const useOurSlugsInTheAdminPanel = (strapi: Core.Strapi) => {
  const uidService = strapi.plugin('content-manager')?.service('uid') as UidService | undefined;
  if (!uidService) return;
  const slugOptions = (uid: string, field: string) => {
    const options = (strapi.config.get('plugin::newsroom') as NewsroomConfig).contentTypes[uid]?.slug;
    return options?.field === field ? options : undefined;
  };
  const slugs = () => strapi.plugin('newsroom').service('slugs');
  const localeFor = (uid: string, locale?: string) => (isLocalized(strapi, uid) ? locale : undefined);

  /** The slug a story that has been public keeps: regenerating must not move its address. */
  const frozenSlug = async (uid: string, field: string, documentId: string, locale?: string) => {
    if (!hasDraftAndPublish(strapi, uid)) return undefined;
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({
      select: [
        'id',
        'publishedAt',
        field,
        ...(modelAttributes(strapi, uid).firstPublishedAt ? ['firstPublishedAt'] : []),
      ],
      where: { documentId, ...(locale ? { locale } : {}) },
    })) as Array<Record<string, unknown>>;
    const everPublished = rows.some((row) => row.publishedAt || row.firstPublishedAt);
    const draft = rows.find((row) => !row.publishedAt) ?? rows[0];
    return everPublished && typeof draft?.[field] === 'string' ? (draft[field] as string) : undefined;
  };

  const generateUIDField = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (params) => {
    const options = slugOptions(params.contentTypeUID, params.field);
    if (!options) return generateUIDField(params);
    const id = params.data?.documentId ?? params.data?.id;
    const documentId = typeof id === 'string' && id !== '' ? id : undefined;
    const locale = localeFor(params.contentTypeUID, params.locale);
    const kept = documentId ? await frozenSlug(params.contentTypeUID, options.field, documentId, locale) : undefined;
    if (kept) return kept;
    return slugs().propose(params.contentTypeUID, options, params.data?.[options.source], documentId, locale);
  };

  const checkUIDAvailability = uidService.checkUIDAvailability.bind(uidService);
  uidService.checkUIDAvailability = async (params) => {
    const options = slugOptions(params.contentTypeUID, params.field);
    if (!options) return checkUIDAvailability(params);
    const slug = slugs().normalize(params.value);
    if (slug !== params.value) return false;
    return slugs().isFree(
      params.contentTypeUID,
      options,
      slug,
      undefined,
      localeFor(params.contentTypeUID, params.locale)
    );
  };
};
