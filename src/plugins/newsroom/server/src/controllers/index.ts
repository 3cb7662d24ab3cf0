import redirects from './redirects';
import slugs from './slugs';

export default { redirects, slugs };
