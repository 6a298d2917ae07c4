import { readPostDocument } from '@/lib/api/documents';
import { slugRoute } from '@/lib/api/route';

/** One public post with its Markdown and rendered HTML; a renamed post's old slug is a 308 to the new one. */
export const GET = slugRoute(readPostDocument);
export const HEAD = GET;
