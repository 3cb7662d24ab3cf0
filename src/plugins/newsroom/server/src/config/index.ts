import { defaultConfig, type NewsroomConfig } from './options';
import { checkOptions } from './check-options';

export * from './options';

export default {
  default: defaultConfig,
  // Strapi calls this with the app's options merged over the defaults; the checks against the
  // app's schemas run in register(), once the content types are loaded.
  validator: (config: NewsroomConfig) => checkOptions(config),
};
