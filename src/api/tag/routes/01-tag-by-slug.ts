import { ownerBySlugRoute } from '../../../delivery/owner-by-slug-route';

export default { routes: [ownerBySlugRoute('tags', 'tag', 'A tag by slug')] };
