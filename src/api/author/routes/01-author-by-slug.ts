import { ownerBySlugRoute } from '../../../delivery/owner-by-slug-route';

export default { routes: [ownerBySlugRoute('authors', 'author', 'An author by slug')] };
