import { ownerBySlugRoute } from '../../../delivery/owner-by-slug-route';

export default { routes: [ownerBySlugRoute('sections', 'section', 'A section by slug, with its parent')] };
