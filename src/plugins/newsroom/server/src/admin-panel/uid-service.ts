import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

/**
 * The admin panel's slug proposals come from the content-manager's uid
 * service, which has its own slugify (it drops Hangul and Han). For the
 * content types we manage, it asks our service instead, so what the editor
 * sees is what the server keeps.
 */
export const useOurSlugsInTheAdminPanel = (strapi: Core.Strapi) => {
  const uidService = strapi.plugin('content-manager')?.service('uid') as any;
  if (!uidService) return;
  const slugOptions = (uid: string, field: string) => {
    const options = (strapi.config.get('plugin::newsroom') as NewsroomConfig).contentTypes[uid]?.slug;
    return options?.field === field ? options : undefined;
  };
  const slugs = () => strapi.plugin('newsroom').service('slugs');

  const generateUIDField = uidService.generateUIDField.bind(uidService);
  uidService.generateUIDField = async (params: { contentTypeUID: string; field: string; data: any }) => {
    const options = slugOptions(params.contentTypeUID, params.field);
    if (!options) return generateUIDField(params);
    return slugs().propose(params.contentTypeUID, options, params.data?.[options.source], params.data?.documentId);
  };

  const checkUIDAvailability = uidService.checkUIDAvailability.bind(uidService);
  uidService.checkUIDAvailability = async (params: { contentTypeUID: string; field: string; value: string }) => {
    const options = slugOptions(params.contentTypeUID, params.field);
    if (!options) return checkUIDAvailability(params);
    const slug = slugs().normalize(params.value);
    if (slug !== params.value) return false;
    return slugs().isFree(params.contentTypeUID, options, slug);
  };
};
