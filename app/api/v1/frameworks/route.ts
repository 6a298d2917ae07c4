import { readFrameworkListDocument } from '@/lib/api/documents';
import { documentRoute } from '@/lib/api/route';

/** Every public framework: the ranked ones in rank order, then the others by name. */
export const GET = documentRoute(readFrameworkListDocument);
export const HEAD = GET;
