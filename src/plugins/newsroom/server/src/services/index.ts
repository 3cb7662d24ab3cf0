import slugs from './slugs';
import redirects from './redirects';
import reading from './reading';
import viewSettings from './view-settings';

export default { slugs, redirects, reading, 'view-settings': viewSettings };
