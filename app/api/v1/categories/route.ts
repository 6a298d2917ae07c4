import { readCategoryListDocument } from '@/lib/api/documents';
import { documentRoute } from '@/lib/api/route';

/** Every category, with its count of public posts. */
export const GET = documentRoute(readCategoryListDocument);
export const HEAD = GET;
