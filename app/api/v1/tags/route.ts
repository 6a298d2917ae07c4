import { readTagListDocument } from '@/lib/api/documents';
import { documentRoute } from '@/lib/api/route';

/** Every tag a public post carries, most used first. */
export const GET = documentRoute(readTagListDocument);
export const HEAD = GET;
