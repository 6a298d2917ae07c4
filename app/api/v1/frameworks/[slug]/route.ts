import { readFrameworkDocument } from '@/lib/api/documents';
import { slugRoute } from '@/lib/api/route';

/** One public framework and the posts that rank it; a renamed framework's old slug is a 308 to the new one. */
export const GET = slugRoute(readFrameworkDocument);
export const HEAD = GET;
